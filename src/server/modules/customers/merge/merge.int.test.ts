import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { AppError } from '../../../../shared/errors';
import type { Customer } from '../../../../shared/contracts/customers';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertOrder, insertProduct } from '../../../../../test/factories/orders';
import { insertCustomer } from '../../../../../test/factories/customers';

const mobile = (number: string) => ({ label: 'mobile', number, primary: true });
const work = (address: string) => ({ label: 'work', address, primary: true });

describe.each(databaseKinds)('merging customers on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const merge = (
    session: Session,
    survivor: Customer,
    merged: Customer[],
    fields: Record<string, string> = {},
  ) =>
    call(kehu, session, 'POST', '/api/v1/customers/merge', {
      survivorId: survivor.id,
      mergedIds: merged.map((m) => m.id),
      fields,
      versions: Object.fromEntries([survivor, ...merged].map((c) => [c.id, c.version])),
    });
  const get = (session: Session, id: string) => call(kehu, session, 'GET', `/api/v1/customers/${id}`);
  const setRollups = (id: string, values: Record<string, unknown>) =>
    kehu.deps.db.updateTable('customer_rollups').set(values).where('customer_id', '=', id).execute();

  it('keeps the chosen values, unites contacts and tags, and moves timeline and rollups to the survivor', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const survivor = await insertCustomer(kehu, owner, {
      name: '王五',
      phones: [mobile('13600000001')],
      emails: [work('wang@merge.example.com')],
      tags: ['tea'],
      category: 'prospect',
    });
    const merged = await insertCustomer(kehu, owner, {
      name: '王 五',
      title: 'CEO',
      phones: [mobile('13600000002'), { label: 'home', number: '136 0000 0001', primary: false }],
      emails: [work('wu@merge.example.com')],
      tags: ['vip', 'tea'],
      notes: 'Met at the fair',
      category: 'vip',
      externalId: 'ERP-77',
    });
    // Purchase rollups follow the orders, which the merge moves; last contact is combined by the merge itself.
    const product = await insertProduct(kehu, owner, { listPriceCents: 500 });
    const order = (customerId: string, orderedAt: string) =>
      insertOrder(kehu, owner, { customerId, orderedAt, lines: [{ productId: product.id, quantity: 1 }] });
    await order(survivor.id, '2024-01-01T00:00:00Z');
    await order(survivor.id, '2024-03-01T00:00:00Z');
    await order(merged.id, '2023-06-01T00:00:00Z');
    await order(merged.id, '2024-05-01T00:00:00Z');
    await setRollups(merged.id, { last_contact_at: '2024-06-01T00:00:00Z' });

    const res = await merge(owner, survivor, [merged], { name: merged.id, externalId: merged.id });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<{ customer: Customer }>().customer;
    expect(after).toMatchObject({
      id: survivor.id,
      name: '王 五',
      title: 'CEO',
      category: 'prospect',
      notes: 'Met at the fair',
      externalId: 'ERP-77',
      tags: ['tea', 'vip'],
      version: survivor.version + 1,
      rollups: {
        orderCount: 4,
        revenueCents: 2000,
        avgOrderCents: 500,
        firstOrderAt: '2023-06-01T00:00:00.000Z',
        lastOrderAt: '2024-05-01T00:00:00.000Z',
        lastContactAt: '2024-06-01T00:00:00.000Z',
      },
    });
    const contacts = (await call(kehu, owner, 'POST', `/api/v1/customers/${survivor.id}/reveal`)).json();
    expect(contacts.phones).toEqual([
      mobile('+8613600000001'),
      { ...mobile('+8613600000002'), primary: false },
    ]);
    expect(contacts.emails).toEqual([
      work('wang@merge.example.com'),
      { ...work('wu@merge.example.com'), primary: false },
    ]);

    expect((await get(owner, merged.id)).statusCode).toBe(404);
    const found = await call(kehu, owner, 'GET', '/api/v1/customers/search?q=13600000002');
    expect(found.json().data.map((h: { id: string }) => h.id)).toEqual([survivor.id]);
    const timeline = (await call(kehu, owner, 'GET', `/api/v1/customers/${survivor.id}/timeline`)).json();
    expect(timeline.data[0]).toMatchObject({ type: 'customer.merged', summary: '王 五' });
    expect(timeline.data.filter((e: { type: string }) => e.type === 'customer.created')).toHaveLength(2);

    const audit = async (id: string) =>
      (await call(kehu, owner, 'GET', `/api/v1/audit?entityId=${id}&action=merge`)).json().data;
    expect(await audit(merged.id)).toMatchObject([{ changes: { mergedInto: { to: survivor.id } } }]);
    expect((await audit(survivor.id))[0].changes).toMatchObject({
      name: { from: '王五', to: '王 五' },
      mergedIds: { to: [merged.id] },
    });
    const rollupRows = await kehu.deps.db
      .selectFrom('customer_rollups')
      .select(['customer_id', 'order_count'])
      .where('customer_id', '=', merged.id)
      .execute();
    expect(rollupRows).toEqual([{ customer_id: merged.id, order_count: 0 }]);
  });

  it('moves the people of a merged company to the survivor', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const keep = await insertCustomer(kehu, owner, { kind: 'company', name: '茶叶有限公司' });
    const gone = await insertCustomer(kehu, owner, { kind: 'company', name: '茶叶公司' });
    const person = await insertCustomer(kehu, owner, { name: '赵六', companyId: gone.id });
    expect((await merge(owner, keep, [gone])).statusCode).toBe(200);
    expect((await get(owner, person.id)).json()).toMatchObject({
      companyId: keep.id,
      companyName: '茶叶有限公司',
    });
    const found = await call(kehu, owner, 'GET', `/api/v1/customers?q=${encodeURIComponent('茶叶有限公司')}`);
    expect(found.json().data.map((c: Customer) => c.id)).toContain(person.id);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const survivor = await insertCustomer(kehu, owner);
    const merged = await insertCustomer(kehu, owner);
    await call(kehu, owner, 'PATCH', `/api/v1/customers/${merged.id}`, { title: 'CTO', version: 1 });
    const res = await merge(owner, survivor, [merged], { title: merged.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.current).toMatchObject({ id: merged.id, version: 2 });
    expect((await get(owner, merged.id)).json()).toMatchObject({ deletedAt: null, version: 2 });
    expect((await get(owner, survivor.id)).json()).toMatchObject({ title: null, version: 1 });
  });

  it('refuses to merge a customer into itself, and a person into a company', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const person = await insertCustomer(kehu, owner);
    const self = await merge(owner, person, [person]);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details.issues[0].path).toBe('body.mergedIds');
    const company = await insertCustomer(kehu, owner, { kind: 'company', name: 'Acme' });
    expect((await merge(owner, person, [company])).statusCode).toBe(400);
    const unknownField = await merge(owner, person, [await insertCustomer(kehu, owner)], {
      shoeSize: person.id,
    });
    expect(unknownField.json().error.details.issues).toEqual([
      { path: 'body.fields.shoeSize', message: 'is not a field that can be merged' },
    ]);
  });

  it('runs the merge steps of later modules in the same transaction', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const survivor = await insertCustomer(kehu, owner);
    const merged = await insertCustomer(kehu, owner);
    const seen: { survivorId: string; mergedIds: string[]; visible: number }[] = [];
    let refuse = true;
    kehu.modules.customers.registerMergeStep(async (tx, _actor, ids) => {
      // Inside the transaction the merged customer is already marked as merged.
      const marked = await tx
        .selectFrom('customers')
        .select('id')
        .where('merged_into', '=', ids.survivorId)
        .execute();
      seen.push({ ...ids, visible: marked.length });
      if (refuse) throw new AppError('CONFLICT', 'Orders are being invoiced; try again later.');
    });
    const refused = await merge(owner, survivor, [merged]);
    expect(refused.statusCode).toBe(409);
    expect((await get(owner, merged.id)).statusCode).toBe(200);
    refuse = false;
    expect((await merge(owner, survivor, [merged])).statusCode).toBe(200);
    expect(seen).toEqual([
      { survivorId: survivor.id, mergedIds: [merged.id], visible: 1 },
      { survivorId: survivor.id, mergedIds: [merged.id], visible: 1 },
    ]);
  });
});
