import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import { insertCustomer, makeCustomer } from '../../../../test/factories/customers';
import type { Customer } from '../../../shared/contracts/customers';

describe.each(databaseKinds)('customers on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('creates a customer with normalised, masked contacts and reveals them on request (audited)', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const created = await call(
      kehu,
      owner,
      'POST',
      '/api/v1/customers',
      makeCustomer({
        name: ' 单雄信 ',
        phones: [{ label: 'mobile', number: '+86 138-0013-8000', primary: false }],
        emails: [{ label: 'work', address: ' Shan@Example.COM ', primary: false }],
      }),
    );
    expect(created.statusCode).toBe(200);
    const customer = created.json<{ customer: Customer }>().customer;
    expect(customer).toMatchObject({
      name: '单雄信',
      primaryPhone: '138****8000',
      primaryEmail: 's***@example.com',
      city: '上海市',
      masked: true,
      version: 1,
      rollups: { orderCount: 0, revenueCents: 0 },
    });
    const revealed = await call(kehu, owner, 'POST', `/api/v1/customers/${customer.id}/reveal`);
    expect(revealed.json()).toEqual({
      phones: [{ label: 'mobile', number: '+8613800138000', primary: true }],
      emails: [{ label: 'work', address: 'shan@example.com', primary: true }],
    });
    const audit = await call(kehu, owner, 'GET', `/api/v1/audit?entityId=${customer.id}&action=reveal`);
    expect(audit.json().data).toHaveLength(1);
  });

  it("reads phone numbers without a country code in the organisation's country", async () => {
    const owner = await insertOrgWithOwner(kehu);
    const org = await call(kehu, owner, 'PATCH', '/api/v1/org', { country: 'US', version: 1 });
    expect(org.json()).toMatchObject({ country: 'US', version: 2 });
    const customer = await insertCustomer(kehu, owner, {
      phones: [{ label: 'work', number: '(415) 555-2671', primary: true }],
    });
    const revealed = await call(kehu, owner, 'POST', `/api/v1/customers/${customer.id}/reveal`);
    expect(revealed.json().phones[0].number).toBe('+14155552671');
    const bad = await call(kehu, owner, 'PATCH', '/api/v1/org', { country: 'China', version: 2 });
    expect(bad.json().error.details.issues[0].path).toBe('body.country');
  });

  it('finds a customer by pinyin, initials, a phone fragment and a two-character name', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const zhang = await insertCustomer(kehu, owner, {
      name: '张三',
      phones: [{ label: 'mobile', number: '13912345678', primary: true }],
    });
    await insertCustomer(kehu, owner, { name: '王建国' });
    await insertCustomer(kehu, owner, {
      name: 'Amy Clarke',
      phones: [{ label: 'mobile', number: '+44 7911 123456', primary: true }],
    });
    const find = async (q: string) =>
      (await call(kehu, owner, 'GET', `/api/v1/customers/search?q=${encodeURIComponent(q)}`))
        .json<{ data: { id: string; name: string }[] }>()
        .data.map((h) => h.name);
    for (const q of ['zhangsan', 'zhang san', 'zs', '张三', '1234 5678', '+86 139 1234 5678', '5678'])
      expect(await find(q), q).toContain('张三');
    // Three digits, then fragments of the national number or of E.164.
    expect(await find('912')).toEqual(['张三']);
    expect(await find('7911 123456')).toEqual(['Amy Clarke']);
    expect(await find('447911')).toEqual(['Amy Clarke']);
    expect(await find('12345679')).toEqual([]);
    expect(await find('建国')).toEqual(['王建国']);
    expect(await find('zs')).not.toContain('王建国');
    const list = await call(kehu, owner, 'GET', '/api/v1/customers?q=zhangsan');
    expect(list.json().data.map((c: Customer) => c.id)).toEqual([zhang.id]);
  });

  it('rejects a stale update with 409 and the current values', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const customer = await insertCustomer(kehu, owner);
    const first = await call(kehu, owner, 'PATCH', `/api/v1/customers/${customer.id}`, {
      title: 'CEO',
      version: 1,
    });
    expect(first.json()).toMatchObject({ title: 'CEO', version: 2 });
    const stale = await call(kehu, owner, 'PATCH', `/api/v1/customers/${customer.id}`, {
      title: 'CFO',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ title: 'CEO', version: 2 });
    const history = await call(kehu, owner, 'GET', `/api/v1/customers/${customer.id}/history`);
    expect(history.json().data[0]).toMatchObject({
      action: 'update',
      changes: { title: { from: null, to: 'CEO' } },
    });
  });

  it('names the field when a value breaks a rule and changes nothing', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const field = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'vip_level',
      label: 'VIP level',
      type: 'select',
      options: ['gold', 'silver'],
    });
    expect(field.statusCode).toBe(200);
    const customer = await insertCustomer(kehu, owner);
    const bad = await call(kehu, owner, 'PATCH', `/api/v1/customers/${customer.id}`, {
      custom: { vip_level: 'bronze' },
      phones: [{ number: '12', label: 'mobile', primary: true }],
      category: 'martian',
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['body.category', 'body.custom.vip_level', 'body.phones.0.number'].sort());
    expect((await call(kehu, owner, 'GET', `/api/v1/customers/${customer.id}`)).json().version).toBe(1);
  });

  it('pages through a filtered, sorted list without gaps or repeats', async () => {
    const owner = await insertOrgWithOwner(kehu);
    for (let i = 0; i < 7; i++)
      await insertCustomer(kehu, owner, { name: `Page ${i % 3} ${i}`, category: i % 2 ? 'vip' : 'prospect' });
    const filter = encodeURIComponent(
      JSON.stringify({ and: [{ field: 'category', op: 'eq', value: 'vip' }] }),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(
        kehu,
        owner,
        'GET',
        `/api/v1/customers?filter=${filter}&sort=name,-created_at&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      const page = res.json<{ data: Customer[]; nextCursor: string | null }>();
      seen.push(...page.data.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Page 0 3', 'Page 1 1', 'Page 2 5']);
    const count = await call(kehu, owner, 'GET', `/api/v1/customers/count?filter=${filter}`);
    expect(count.json()).toEqual({ count: 3, estimated: false });
  });

  it('shows sales only their own customers and managers their team’s', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'East' })).json<{ id: string }>();
    const sales = await insertMember(kehu, owner, 'sales', team.id);
    const otherSales = await insertMember(kehu, owner, 'sales');
    const manager = await insertMember(kehu, owner, 'manager', team.id);
    const mine = await insertCustomer(kehu, sales, { name: 'Mine' });
    const theirs = await insertCustomer(kehu, otherSales, { name: 'Theirs' });
    const names = async (s: typeof owner) =>
      (await call(kehu, s, 'GET', '/api/v1/customers'))
        .json<{ data: Customer[] }>()
        .data.map((c) => c.name)
        .sort();
    expect(await names(sales)).toEqual(['Mine']);
    expect(await names(manager)).toEqual(['Mine']);
    expect(await names(owner)).toEqual(['Mine', 'Theirs']);
    for (const [method, path] of [
      ['GET', `/api/v1/customers/${theirs.id}`],
      ['PATCH', `/api/v1/customers/${theirs.id}`],
      ['GET', `/api/v1/customers/${theirs.id}/timeline`],
      ['POST', `/api/v1/customers/${theirs.id}/reveal`],
    ] as const) {
      const res = await call(
        kehu,
        sales,
        method,
        path,
        method === 'PATCH' ? { name: 'x', version: 1 } : undefined,
      );
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    const bulk = await call(kehu, sales, 'POST', '/api/v1/customers/bulk', {
      ids: [mine.id, theirs.id],
      action: { type: 'add_tags', tags: ['hot'] },
    });
    expect(bulk.json()).toEqual({ affected: 1 });
    const otherOrg = await insertOrgWithOwner(kehu);
    expect((await call(kehu, otherOrg, 'GET', `/api/v1/customers/${mine.id}`)).statusCode).toBe(404);
    expect(await names(otherOrg)).toEqual([]);
  });
});
