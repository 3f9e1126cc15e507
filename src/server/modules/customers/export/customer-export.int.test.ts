import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import { insertOrder, insertProduct } from '../../../../../test/factories/orders';
import type { Customer } from '../../../../shared/contracts/customers';
import type { AuditEntry } from '../../../../shared/contracts/audit';

/** The CSV as rows of cells, after checking it starts with the UTF-8 byte-order mark. */
const csvOf = (res: LightMyRequestResponse): string[][] => {
  expect(res.statusCode, res.body).toBe(200);
  expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(res.rawPayload.subarray(3).toString('utf8')) as string[][];
};

const exportCsv = (kehu: Kehu, session: Session, query = '') =>
  call(kehu, session, 'GET', `/api/v1/customers/export?format=csv${query}`);

const column = (rows: string[][], header: string) => {
  const i = rows[0]!.indexOf(header);
  expect(i, `column ${header} in ${rows[0]!.join(',')}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i]!);
};

describe.each(databaseKinds)('customer export on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const auditOf = async (owner: Session, action: string) =>
    (await call(kehu, owner, 'GET', `/api/v1/audit?entityType=customer_export&action=${action}`)).json<{
      data: AuditEntry[];
    }>().data;

  it('masks phones and emails unless the role may reveal them and asks to, and audits every export', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const analyst = await insertMember(kehu, owner, 'analyst');
    await insertCustomer(kehu, owner, {
      name: '单雄信',
      phones: [
        { label: 'mobile', number: '13800138000', primary: true },
        { label: 'work', number: '13900139000', primary: false },
      ],
      emails: [{ label: 'work', address: 'shan@example.com', primary: true }],
    });

    const masked = csvOf(await exportCsv(kehu, owner));
    expect(masked[0]).toEqual(expect.arrayContaining(['姓名', '电话', '邮箱', '城市']));
    expect(column(masked, '电话')).toEqual(['138****8000, 139****9000']);
    expect(column(masked, '邮箱')).toEqual(['s***@example.com']);
    expect(await auditOf(owner, 'reveal')).toEqual([]);

    const revealed = csvOf(await exportCsv(kehu, owner, '&reveal=true&columns=name,phones,emails'));
    // E.164 numbers start with +, so they are escaped like any other cell a spreadsheet could run.
    expect(revealed).toEqual([
      ['姓名', '电话', '邮箱'],
      ['单雄信', "'+8613800138000, +8613900139000", 'shan@example.com'],
    ]);
    const [reveal] = await auditOf(owner, 'reveal');
    expect(reveal).toMatchObject({
      actorId: owner.me.user.id,
      changes: {
        contacts: { from: 'masked', to: 'revealed' },
        export: { to: { rows: 1, format: 'csv', columns: ['name', 'phones', 'emails'] } },
      },
    });

    const byAnalyst = csvOf(await exportCsv(kehu, analyst, '&reveal=true&columns=phones'));
    expect(byAnalyst).toEqual([['电话'], ['138****8000, 139****9000']]);
    expect(await auditOf(owner, 'reveal')).toHaveLength(1);
    const exports = await auditOf(owner, 'export');
    expect(exports).toHaveLength(3);
    expect(exports.find((e) => e.actorId === analyst.me.user.id)?.changes.export?.to).toMatchObject({
      contacts: 'masked',
      rows: 1,
    });
  });

  it('exports only the customers the user may see, with the search, filter, ids and segment applied', async () => {
    const owner = await insertOrgWithOwner(kehu, { language: 'en' });
    const sales = await insertMember(kehu, owner, 'sales');
    const shanghai = await insertCustomer(kehu, owner, { name: 'Owner Shanghai' });
    await insertCustomer(kehu, owner, {
      name: 'Owner Beijing',
      addresses: [{ label: 'office', country: 'CN', province: '北京市', city: '北京市', primary: true }],
    });
    await insertCustomer(kehu, sales, { name: 'Sales Own' });

    const names = async (session: Session, query = '') =>
      column(csvOf(await exportCsv(kehu, session, `&columns=name&sort=name${query}`)), 'Name');
    expect(await names(sales)).toEqual(['Sales Own']);
    expect(await names(owner)).toEqual(['Owner Beijing', 'Owner Shanghai', 'Sales Own']);
    const city = encodeURIComponent(JSON.stringify({ field: 'city', op: 'eq', value: '北京市' }));
    expect(await names(owner, `&filter=${city}`)).toEqual(['Owner Beijing']);
    expect(await names(sales, `&filter=${city}`)).toEqual([]);
    expect(await names(owner, `&q=${encodeURIComponent('Sales')}`)).toEqual(['Sales Own']);
    expect(await names(owner, `&ids=${shanghai.id}`)).toEqual(['Owner Shanghai']);
    expect(await names(sales, `&ids=${shanghai.id}`)).toEqual([]);

    const segment = await call(kehu, owner, 'POST', '/api/v1/segments', {
      name: '北京客户',
      filter: { field: 'city', op: 'eq', value: '北京市' },
    });
    const res = await exportCsv(kehu, owner, `&columns=name&segmentId=${segment.json().id}`);
    expect(column(csvOf(res), 'Name')).toEqual(['Owner Beijing']);
    const day = /customers-(\d{4}-\d{2}-\d{2})\.csv/.exec(res.headers['content-disposition'] as string)?.[1];
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="customers-${day}.csv"; filename*=UTF-8''customers-${encodeURIComponent('北京客户')}-${day}.csv`,
    );
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('refuses a bad column, filter, sort, id list or format with a JSON 400 naming it', async () => {
    const owner = await insertOrgWithOwner(kehu);
    await insertCustomer(kehu, owner);
    const refused = async (query: string) => {
      const res = await call(kehu, owner, 'GET', `/api/v1/customers/export?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/json');
      return res.json().error as {
        message: string;
        details?: { issues: { path: string; message: string }[] };
      };
    };
    expect((await refused('columns=name,nope,custom.gone')).details!.issues).toEqual([
      { path: 'querystring.columns', message: 'unknown column nope' },
      { path: 'querystring.columns', message: 'unknown column custom.gone' },
    ]);
    expect((await refused('columns=name,,city')).details!.issues[0]!.path).toBe('querystring.columns');
    const filter = encodeURIComponent(JSON.stringify({ field: 'shoe_size', op: 'eq', value: 1 }));
    expect((await refused(`filter=${filter}`)).details!.issues).toEqual([
      { path: 'filter.shoe_size', message: 'unknown field shoe_size' },
    ]);
    expect((await refused('filter=%7Bnot-json')).details!.issues[0]!.path).toBe('querystring.filter');
    expect((await refused('sort=tags')).details!.issues[0]).toEqual({
      path: 'querystring.sort',
      message: 'tags is not a sortable field',
    });
    expect((await refused('ids=abc')).details!.issues[0]!.path).toBe('querystring.ids');
    const tooMany = Array.from(
      { length: 1001 },
      (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    );
    expect((await refused(`ids=${tooMany.join(',')}`)).message).toContain('at most 1000');
    expect((await refused('format=pdf')).details!.issues[0]!.path).toBe('querystring.format');

    const chosen = csvOf(await exportCsv(kehu, owner, '&columns=city,name,city'));
    expect(chosen[0]).toEqual(['城市', '姓名']);
  });

  it('exports the analytics scores when asked for, with segment and stage names in the organisation’s language', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const tea = await insertProduct(kehu, owner, { sku: 'TEA', name: 'Tea', listPriceCents: 5000 });
    const buyer = await insertCustomer(kehu, owner, { name: 'Buyer' });
    await insertCustomer(kehu, owner, { name: 'Browser' });
    for (const days of [200, 100, 3])
      await insertOrder(kehu, owner, {
        customerId: buyer.id,
        orderedAt: new Date(Date.now() - days * 86_400_000).toISOString(),
        lines: [{ productId: tea.id, quantity: 1, discountCents: 0 }],
      });
    expect((await call(kehu, owner, 'POST', '/api/v1/analytics/refresh')).statusCode).toBe(200);
    await kehu.runner.drain();
    const { scores } = (await call(kehu, owner, 'GET', `/api/v1/customers/${buyer.id}`)).json<Customer>();
    const rows = csvOf(
      await exportCsv(
        kehu,
        owner,
        '&sort=name&columns=name,lifecycle_stage_scored,purchase_days,historical_clv,rfm_code,p_alive',
      ),
    );
    expect(rows[0]).toEqual([
      '姓名',
      '生命周期阶段（评分）',
      '购买天数',
      '历史终身价值',
      'RFM 代码',
      '存活概率',
    ]);
    expect(rows[1]).toEqual(['Browser', '潜在', '0', '0', '', '']);
    expect(rows[2]!.slice(0, 4)).toEqual(['Buyer', '活跃', '3', '150']);
    expect(rows[2]![4]).toBe(scores!.rfm!.code);
    // The whole profile without `columns` leaves the scores out.
    expect(csvOf(await exportCsv(kehu, owner))[0]).not.toContain('RFM 代码');
  });

  it('refuses roles without customers.export', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const readonly = await insertMember(kehu, owner, 'readonly');
    const res = await exportCsv(kehu, readonly);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('customers.export');
  });
});
