import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import { insertCustomer } from '../../../../test/factories/customers';
import type { Customer } from '../../../shared/contracts/customers';

describe.each(databaseKinds)('custom fields, pick lists and bulk actions on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const list = async (session: Session, query: string) =>
    (await call(kehu, session, 'GET', `/api/v1/customers?${query}`)).json<{ data: Customer[] }>().data;
  const filterOf = (tree: object) => `filter=${encodeURIComponent(JSON.stringify(tree))}`;

  it('filters and sorts by custom fields of every kind', async () => {
    const owner = await insertOrgWithOwner(kehu);
    for (const field of [
      { key: 'budget', label: 'Budget', type: 'money' },
      { key: 'since', label: 'Since', type: 'date' },
      { key: 'hobbies', label: 'Hobbies', type: 'multi_select', options: ['tea', 'golf', 'chess'] },
      { key: 'vip', label: 'VIP', type: 'boolean' },
    ])
      expect((await call(kehu, owner, 'POST', '/api/v1/custom-fields', field)).statusCode).toBe(200);
    await insertCustomer(kehu, owner, {
      name: 'A',
      custom: { budget: 5000, since: '2020-01-01', hobbies: ['tea'], vip: true },
    });
    await insertCustomer(kehu, owner, {
      name: 'B',
      custom: { budget: 900, since: '2024-06-01', hobbies: ['golf', 'tea'] },
    });
    await insertCustomer(kehu, owner, {
      name: 'C',
      custom: { budget: 70000, hobbies: ['chess'], vip: false },
    });

    const names = async (query: string) => (await list(owner, query)).map((c) => c.name);
    expect(await names('sort=-custom.budget')).toEqual(['C', 'A', 'B']);
    expect(await names(`${filterOf({ field: 'custom.budget', op: 'gte', value: 1000 })}&sort=name`)).toEqual([
      'A',
      'C',
    ]);
    expect(
      await names(`${filterOf({ field: 'custom.hobbies', op: 'has_any', value: ['tea'] })}&sort=name`),
    ).toEqual(['A', 'B']);
    expect(await names(`${filterOf({ field: 'custom.since', op: 'lt', value: '2021-01-01' })}`)).toEqual([
      'A',
    ]);
    expect(await names(`${filterOf({ field: 'custom.vip', op: 'eq', value: true })}`)).toEqual(['A']);
    expect(await names(`${filterOf({ field: 'custom.since', op: 'is_empty' })}`)).toEqual(['C']);
    const unknown = await call(
      kehu,
      owner,
      'GET',
      `/api/v1/customers?${filterOf({ field: 'custom.nope', op: 'eq', value: 1 })}`,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('unknown field custom.nope');
    const badSort = await call(kehu, owner, 'GET', '/api/v1/customers?sort=custom.hobbies');
    expect(badSort.json().error.details.issues).toEqual([
      { path: 'querystring.sort', message: 'custom.hobbies is not a sortable field' },
    ]);
  });

  it('refuses a select field without options, a taken key, and enforces required fields', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const noOptions = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'level',
      label: 'Level',
      type: 'select',
    });
    expect(noOptions.json().error.details.issues).toEqual([
      { path: 'body.options', message: 'must list at least one option' },
    ]);
    const field = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'level',
      label: 'Level',
      type: 'text',
      required: true,
    });
    expect(field.statusCode).toBe(200);
    const again = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'level',
      label: 'Other',
      type: 'text',
    });
    expect(again.statusCode).toBe(409);
    const missing = await call(kehu, owner, 'POST', '/api/v1/customers', { name: 'No level' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues).toEqual([
      { path: 'body.custom.level', message: 'Level is required' },
    ]);
    const archived = await call(kehu, owner, 'PATCH', `/api/v1/custom-fields/${field.json().id}`, {
      archived: true,
      version: 1,
    });
    expect(archived.json()).toMatchObject({ archived: true, version: 2 });
    expect((await call(kehu, owner, 'POST', '/api/v1/customers', { name: 'Fine now' })).statusCode).toBe(200);
  });

  it('keeps pick list items that may be in use, and refuses archived values on customers', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const lists = (await call(kehu, owner, 'GET', '/api/v1/customer-picklists')).json();
    expect(lists.category.map((i: { key: string }) => i.key)).toEqual(['prospect', 'existing', 'vip']);
    const removed = await call(kehu, owner, 'PUT', '/api/v1/customer-picklists/category', {
      items: [{ key: 'vip' }],
    });
    expect(removed.statusCode).toBe(400);
    const updated = await call(kehu, owner, 'PUT', '/api/v1/customer-picklists/category', {
      items: [
        { key: 'prospect', label: '意向客户' },
        { key: 'existing' },
        { key: 'vip', archived: true },
        { key: 'partner', label: '合作伙伴' },
      ],
    });
    expect(updated.json().category).toContainEqual({ key: 'partner', label: '合作伙伴', archived: false });
    const vip = await call(kehu, owner, 'POST', '/api/v1/customers', { name: 'X', category: 'vip' });
    expect(vip.json().error.details.issues).toEqual([
      { path: 'body.category', message: 'vip is not one of prospect, existing, partner' },
    ]);
    expect(
      (await call(kehu, owner, 'POST', '/api/v1/customers', { name: 'Y', category: 'partner' })).statusCode,
    ).toBe(200);
  });

  it('applies bulk actions to a filtered selection, audited per customer, and refuses deletes without the permission', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'South' })).json<{ id: string }>();
    const sales = await insertMember(kehu, owner, 'sales', team.id);
    const a = await insertCustomer(kehu, owner, { name: 'Bulk A', category: 'prospect' });
    await insertCustomer(kehu, owner, { name: 'Bulk B', category: 'prospect' });
    await insertCustomer(kehu, owner, { name: 'Keep', category: 'vip' });
    const prospects = { field: 'category', op: 'eq', value: 'prospect' };
    const assign = await call(kehu, owner, 'POST', '/api/v1/customers/bulk', {
      filter: prospects,
      action: { type: 'assign_owner', ownerId: sales.me.user.id },
    });
    expect(assign.json()).toEqual({ affected: 2 });
    const mine = await list(sales, 'sort=name');
    expect(mine.map((c) => [c.name, c.teamId, c.version])).toEqual([
      ['Bulk A', team.id, 2],
      ['Bulk B', team.id, 2],
    ]);
    const history = (await call(kehu, owner, 'GET', `/api/v1/customers/${a.id}/history`)).json().data;
    expect(history[0]).toMatchObject({
      action: 'bulk_assign_owner',
      changes: { ownerId: { to: sales.me.user.id } },
    });

    const badCategory = await call(kehu, owner, 'POST', '/api/v1/customers/bulk', {
      filter: prospects,
      action: { type: 'set_category', category: 'martian' },
    });
    expect(badCategory.statusCode).toBe(400);
    const salesDelete = await call(kehu, sales, 'POST', '/api/v1/customers/bulk', {
      ids: [a.id],
      action: { type: 'delete' },
    });
    expect(salesDelete.statusCode).toBe(403);

    expect(
      (
        await call(kehu, owner, 'POST', '/api/v1/customers/bulk', {
          filter: prospects,
          action: { type: 'delete' },
        })
      ).json(),
    ).toEqual({ affected: 2 });
    expect((await list(owner, 'sort=name')).map((c) => c.name)).toEqual(['Keep']);
    expect((await list(owner, 'deleted=true&sort=name')).map((c) => c.name)).toEqual(['Bulk A', 'Bulk B']);
    const restored = await call(kehu, owner, 'POST', `/api/v1/customers/${a.id}/restore`);
    expect(restored.json()).toMatchObject({ name: 'Bulk A', deletedAt: null });
    const timeline = (
      await call(
        kehu,
        owner,
        'GET',
        `/api/v1/customers/${a.id}/timeline?types=customer.restored,customer.created`,
      )
    ).json();
    expect(timeline.data.map((e: { type: string }) => e.type)).toEqual([
      'customer.restored',
      'customer.created',
    ]);
  });
});
