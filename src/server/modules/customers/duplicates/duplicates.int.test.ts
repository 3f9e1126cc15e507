import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import type { DuplicateGroup, DuplicateGroupPage } from '../../../../shared/contracts/duplicates';
import { systemActor, type Actor } from '../../../platform/actor';
import { createDuplicatesService } from './duplicates.service';

const phone = (n: number) => [
  { label: 'mobile', number: `1370000${String(n).padStart(4, '0')}`, primary: true },
];
const email = (local: string) => [{ label: 'work', address: `${local}@dupes.example.com`, primary: true }];
const city = (name: string) => [{ label: 'home', country: 'CN', province: name, city: name, primary: true }];

const groupsOf = async (kehu: Kehu, session: Session, query = '') => {
  const res = await call(kehu, session, 'GET', `/api/v1/customers/duplicates${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DuplicateGroupPage>();
};
const idSets = (groups: DuplicateGroup[]) => groups.map((g) => g.customers.map((c) => c.id).sort());

describe.each(databaseKinds)('duplicate groups on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('groups customers by phone, by email and by name in the same city, folding shared reasons', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const a = await insertCustomer(kehu, owner, { phones: phone(1) });
    const b = await insertCustomer(kehu, owner, {
      phones: [{ label: 'mobile', number: '+86 137 0000 0001', primary: true }],
    });
    const c = await insertCustomer(kehu, owner, { emails: email('lin') });
    const d = await insertCustomer(kehu, owner, {
      emails: [{ label: 'work', address: 'LIN@dupes.example.com', primary: true }],
    });
    const e1 = await insertCustomer(kehu, owner, { name: '李雷', addresses: city('北京市') });
    const e2 = await insertCustomer(kehu, owner, { name: '李雷', addresses: city('北京市') });
    const elsewhere = await insertCustomer(kehu, owner, { name: '李雷', addresses: city('天津市') });
    const f = await insertCustomer(kehu, owner, { phones: phone(2), emails: email('both') });
    const g = await insertCustomer(kehu, owner, { phones: phone(2), emails: email('both') });

    const page = await groupsOf(kehu, owner);
    expect(idSets(page.data)).toEqual(
      expect.arrayContaining([
        [a.id, b.id].sort(),
        [c.id, d.id].sort(),
        [e1.id, e2.id].sort(),
        [f.id, g.id].sort(),
      ]),
    );
    expect(page.data).toHaveLength(4);
    expect(page.data.flatMap((grp) => grp.customers.map((m) => m.id))).not.toContain(elsewhere.id);
    const byPhone = page.data.find((grp) => grp.customers.some((m) => m.id === a.id))!;
    expect(byPhone).toMatchObject({ reason: 'phone', reasons: ['phone'], size: 2 });
    expect(byPhone.customers[0]!.primaryPhone).toBe('137****0001');
    expect(byPhone.key).not.toContain('13700000001');
    expect(page.data.find((grp) => grp.customers.some((m) => m.id === c.id))!.reason).toBe('email');
    expect(page.data.find((grp) => grp.customers.some((m) => m.id === e1.id))!.reason).toBe('name_city');
    expect(page.data.find((grp) => grp.customers.some((m) => m.id === f.id))!.reasons).toEqual([
      'phone',
      'email',
    ]);

    const first = await groupsOf(kehu, owner, '?limit=3');
    expect(first.data).toHaveLength(3);
    const second = await groupsOf(kehu, owner, `?limit=3&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ nextCursor: null });
    expect([...idSets(first.data), ...idSets(second.data)].sort()).toEqual(idSets(page.data).sort());

    const own = await groupsOf(kehu, owner, `?customer=${e2.id}`);
    expect(idSets(own.data)).toEqual([[e1.id, e2.id].sort()]);
    expect((await groupsOf(kehu, owner, `?customer=${elsewhere.id}`)).data).toEqual([]);
  });

  it('hides a group marked "not duplicates" until a new customer joins it', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const a = await insertCustomer(kehu, owner, { phones: phone(11) });
    const b = await insertCustomer(kehu, owner, { phones: phone(11) });
    expect(idSets((await groupsOf(kehu, owner)).data)).toEqual([[a.id, b.id].sort()]);

    const dismissed = await call(kehu, owner, 'POST', '/api/v1/customers/duplicates/dismissals', {
      customerIds: [b.id, a.id],
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect((await groupsOf(kehu, owner)).data).toEqual([]);
    const history = await call(kehu, owner, 'GET', `/api/v1/customers/${a.id}/history`);
    expect(history.json().data[0]).toMatchObject({ action: 'dismiss_duplicates' });

    const c = await insertCustomer(kehu, owner, { phones: phone(11) });
    expect(idSets((await groupsOf(kehu, owner)).data)).toEqual([[a.id, b.id, c.id].sort()]);
  });

  it("shows a user only the customers they may see, and refuses to merge others' customers", async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'East' })).json<{ id: string }>();
    const sales = await insertMember(kehu, owner, 'sales', team.id);
    const manager = await insertMember(kehu, owner, 'manager', team.id);
    const a = await insertCustomer(kehu, owner, { phones: phone(21) });
    const b = await insertCustomer(kehu, owner, { phones: phone(21) });
    const mine = await insertCustomer(kehu, sales, { phones: phone(21) });

    expect((await groupsOf(kehu, sales)).data).toEqual([]);
    const mine2 = await insertCustomer(kehu, sales, { phones: phone(21) });
    expect(idSets((await groupsOf(kehu, sales)).data)).toEqual([[mine.id, mine2.id].sort()]);
    expect(idSets((await groupsOf(kehu, owner)).data)).toEqual([[a.id, b.id, mine.id, mine2.id].sort()]);
    expect((await call(kehu, sales, 'GET', `/api/v1/customers/duplicates?customer=${a.id}`)).statusCode).toBe(
      404,
    );

    const merge = (session: Session, survivorId: string, mergedId: string) =>
      call(kehu, session, 'POST', '/api/v1/customers/merge', {
        survivorId,
        mergedIds: [mergedId],
        versions: { [survivorId]: 1, [mergedId]: 1 },
      });
    const bySales = await merge(sales, mine.id, mine2.id);
    expect(bySales.statusCode).toBe(403);
    expect(bySales.json().error.message).toContain('customers.delete');
    expect((await merge(manager, mine.id, a.id)).statusCode).toBe(404);
    expect((await merge(manager, a.id, b.id)).statusCode).toBe(404);
    expect((await call(kehu, owner, 'GET', `/api/v1/customers/${a.id}`)).json().deletedAt).toBeNull();
    expect((await merge(manager, mine.id, mine2.id)).statusCode).toBe(200);
  });

  it('reads large organisations from the last background scan, re-checking members live', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const actor: Actor = {
      ...systemActor(owner.me.org.id, owner.me.user.name),
      type: 'user',
      userId: owner.me.user.id,
    };
    // Every organisation counts as large here, so the stored groups are read.
    const large = createDuplicatesService(kehu.deps, { liveLimit: 0, staleAfterMs: 60_000 });
    const a = await insertCustomer(kehu, owner, { phones: phone(31) });
    const b = await insertCustomer(kehu, owner, { phones: phone(31) });
    const c = await insertCustomer(kehu, owner, { phones: phone(31) });

    expect(await large.findDuplicateGroups(actor, { limit: 20 })).toMatchObject({
      data: [],
      checkedAt: null,
      checking: true,
    });
    expect(await kehu.runner.drain()).toBeGreaterThan(0);
    const scanned = await large.findDuplicateGroups(actor, { limit: 20 });
    expect(scanned).toMatchObject({ checking: false });
    expect(idSets(scanned.data)).toEqual([[a.id, b.id, c.id].sort()]);

    await call(kehu, owner, 'DELETE', `/api/v1/customers/${c.id}`);
    const late = await insertCustomer(kehu, owner, { phones: phone(31) });
    const after = await large.findDuplicateGroups(actor, { limit: 20 });
    expect(idSets(after.data)).toEqual([[a.id, b.id].sort()]);
    expect(after.data[0]!.customers.map((m) => m.id)).not.toContain(late.id);
  });
});
