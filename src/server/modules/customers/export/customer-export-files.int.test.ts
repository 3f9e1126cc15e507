import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';

const csvRows = (payload: Buffer) => parse(payload.subarray(3).toString('utf8')) as string[][];

const xlsxRows = async (payload: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** Customers straight into the tables, so a test can have thousands without thousands of requests. */
const seedCustomers = async (kehu: Kehu, owner: Session, count: number) => {
  const orgId = owner.me.org.id;
  await sql`
    INSERT INTO customers (org_id, id, kind, name, name_key, external_id, owner_id)
    SELECT ${orgId}, gen_random_uuid(), 'person', 'Bulk ' || lpad(i::text, 6, '0'),
           'bulk ' || lpad(i::text, 6, '0'), 'EXT-' || i, ${owner.me.user.id}
    FROM generate_series(1, ${count}) AS i
  `.execute(kehu.deps.db);
  await sql`
    INSERT INTO customer_rollups (org_id, customer_id)
    SELECT org_id, id FROM customers c WHERE org_id = ${orgId}
      AND NOT EXISTS (SELECT 1 FROM customer_rollups r WHERE r.org_id = c.org_id AND r.customer_id = c.id)
  `.execute(kehu.deps.db);
};

describe.each(databaseKinds)('customer export files on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const download = async (session: Session, query: string) => {
    const res = await call(kehu, session, 'GET', `/api/v1/customers/export?${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res;
  };

  it('escapes cells a spreadsheet would run, in CSV and Excel alike, and keeps numbers numbers', async () => {
    const owner = await insertOrgWithOwner(kehu, { language: 'en' });
    const field = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'score',
      label: '=Score',
      type: 'number',
    });
    expect(field.statusCode, field.body).toBe(200);
    const cases: [string, number][] = [
      ['=HYPERLINK("http://evil.example","x")', 1],
      ['+1', 2],
      ['-2', -2],
      ['@SUM(A1:A9)', 0.5],
      ['Plain - name', -1500],
    ];
    for (const [name, score] of cases) await insertCustomer(kehu, owner, { name, custom: { score } });
    const query = 'columns=name,custom.score&sort=custom.score';
    const expected = [
      ["'=Score", 'Name'].reverse(),
      ['Plain - name', -1500],
      ["'-2", -2],
      ["'@SUM(A1:A9)", 0.5],
      ['\'=HYPERLINK("http://evil.example","x")', 1],
      ["'+1", 2],
    ];

    const csv = await download(owner, `format=csv&${query}`);
    expect(csvRows(csv.rawPayload)).toEqual(expected.map((row) => row.map(String)));

    const xlsx = await download(owner, `format=xlsx&${query}`);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toMatch(
      /^attachment; filename="customers-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const rows = await xlsxRows(xlsx.rawPayload);
    expect(rows).toEqual(expected);
    expect(typeof rows[2]![1]).toBe('number');
  });

  it('writes an Excel file exceljs reads back, with Chinese headers, names, tags and dates', async () => {
    const owner = await insertOrgWithOwner(kehu, { timeZone: 'Asia/Shanghai' });
    const customer = await insertCustomer(kehu, owner, {
      name: '王建国',
      birthday: '1990-05-31',
      tags: ['茶叶', 'vip'],
      category: 'vip',
      gender: 'male',
    });
    const res = await download(owner, 'format=xlsx&columns=name,gender,birthday,tags,category,created_at,id');
    const rows = await xlsxRows(res.rawPayload);
    const created = new Date(customer.createdAt);
    const local = new Date(created.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
    expect(rows).toEqual([
      ['姓名', '性别', '生日', '标签', '分类', '创建时间', 'ID'],
      ['王建国', '男', '1990-05-31', '茶叶, vip', 'VIP', local, customer.id],
    ]);
  });

  it('streams 5,000 customers complete and in order, as CSV and as Excel', async () => {
    const owner = await insertOrgWithOwner(kehu);
    await seedCustomers(kehu, owner, 5000);
    const ordered = Array.from({ length: 5000 }, (_, i) => `Bulk ${String(i + 1).padStart(6, '0')}`);

    const csv = csvRows((await download(owner, 'format=csv&columns=name,external_id&sort=-name')).rawPayload);
    expect(csv).toHaveLength(5001);
    expect(csv.slice(1).map((r) => r[0])).toEqual([...ordered].reverse());
    expect(new Set(csv.slice(1).map((r) => r[1])).size).toBe(5000);

    const xlsx = await xlsxRows((await download(owner, 'format=xlsx&columns=name&sort=name')).rawPayload);
    expect(xlsx.slice(1).map((r) => r[0])).toEqual(ordered);

    const [audit] = (
      await call(kehu, owner, 'GET', '/api/v1/audit?entityType=customer_export&action=export&limit=1')
    ).json().data;
    expect(audit.changes.export.to).toMatchObject({ rows: 5000, format: 'xlsx', sort: 'name' });
  });
});
