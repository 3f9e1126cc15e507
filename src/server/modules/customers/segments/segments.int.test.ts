import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import type { Segment } from '../../../../shared/contracts/segments';
import { RECORD_SEGMENT_SIZES } from './segments.jobs';

const vip = { field: 'tags', op: 'has_any', value: ['vip'] };

describe.each(databaseKinds)('segments on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const create = (session: Session, body: object) => call(kehu, session, 'POST', '/api/v1/segments', body);
  const list = async (session: Session) =>
    (await call(kehu, session, 'GET', '/api/v1/segments')).json<{ data: Segment[] }>().data;
  const sizes = async (session: Session, id: string, days = 90) =>
    (await call(kehu, session, 'GET', `/api/v1/segments/${id}/sizes?days=${days}`)).json().data as {
      day: string;
      size: number;
    }[];
  const recordSizes = async () => {
    await kehu.deps.jobs.enqueue(kehu.deps.db, RECORD_SEGMENT_SIZES, { orgId: null });
    await kehu.runner.drain();
  };

  it('saves a segment, counts it live for each viewer and records its size on creation', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    await insertCustomer(kehu, owner, { tags: ['vip'] });
    await insertCustomer(kehu, owner, { tags: ['tea'] });
    await insertCustomer(kehu, sales, { tags: ['vip'] });

    const res = await create(owner, { name: ' VIP 客户 ', description: 'Tagged vip', filter: vip });
    expect(res.statusCode, res.body).toBe(200);
    const segment = res.json<Segment>();
    expect(segment).toMatchObject({
      name: 'VIP 客户',
      description: 'Tagged vip',
      filter: vip,
      count: 2,
      version: 1,
    });

    expect((await list(owner)).map((s) => [s.name, s.count])).toEqual([['VIP 客户', 2]]);
    expect((await list(sales)).map((s) => [s.name, s.count])).toEqual([['VIP 客户', 1]]);
    const one = await call(kehu, sales, 'GET', `/api/v1/segments/${segment.id}`);
    expect(one.json()).toMatchObject({ id: segment.id, count: 1 });

    // The recorded size counts every customer, whoever looks at the trend.
    const [today] = await sizes(sales, segment.id);
    expect(today).toEqual({ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), size: 2 });

    const customers = await call(kehu, sales, 'GET', `/api/v1/customers?segmentId=${segment.id}`);
    expect(customers.json().data).toHaveLength(1);
    const audit = await call(kehu, owner, 'GET', `/api/v1/audit?entityId=${segment.id}`);
    expect(audit.json().data.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('refuses a filter naming an unknown field and a name in use, naming the field', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const bad = await create(owner, { name: 'Broken', filter: { field: 'shoe_size', op: 'eq', value: 42 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues).toEqual([
      { path: 'body.filter.shoe_size', message: 'unknown field shoe_size' },
    ]);
    const wrongOp = await create(owner, { name: 'Broken', filter: { field: 'tags', op: 'eq', value: 'x' } });
    expect(wrongOp.json().error.details.issues[0].path).toBe('body.filter.tags');
    const missing = await create(owner, { name: 'Broken' });
    expect(missing.json().error.details.issues).toEqual([{ path: 'body.filter', message: 'is required' }]);

    expect((await create(owner, { name: 'Loyal', filter: vip })).statusCode).toBe(200);
    const taken = await create(owner, { name: 'LOYAL', filter: vip });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details.issues).toEqual([
      { path: 'body.name', message: 'is already used by another segment' },
    ]);
    expect(await list(owner)).toHaveLength(1);
  });

  it('renames with optimistic concurrency, answers a stale edit with 409, and deletes softly', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const segment = (await create(owner, { name: 'Old', filter: vip })).json<Segment>();
    await create(owner, { name: 'Other', filter: vip });
    const url = `/api/v1/segments/${segment.id}`;

    const renamed = await call(kehu, owner, 'PATCH', url, {
      name: 'New',
      description: 'Now described',
      version: 1,
    });
    expect(renamed.json()).toMatchObject({
      name: 'New',
      description: 'Now described',
      version: 2,
      filter: vip,
    });
    const stale = await call(kehu, owner, 'PATCH', url, { name: 'Newer', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ name: 'New', version: 2 });
    const clash = await call(kehu, owner, 'PATCH', url, { name: 'other', version: 2 });
    expect(clash.json().error.details.issues[0].path).toBe('body.name');
    const refiltered = await call(kehu, owner, 'PATCH', url, {
      filter: { field: 'nope', op: 'eq', value: 1 },
      version: 2,
    });
    expect(refiltered.json().error.details.issues[0].path).toBe('body.filter.nope');

    expect((await call(kehu, owner, 'DELETE', url)).json()).toEqual({ ok: true });
    expect((await call(kehu, owner, 'GET', url)).statusCode).toBe(404);
    expect((await call(kehu, owner, 'DELETE', url)).statusCode).toBe(404);
    expect((await list(owner)).map((s) => s.name)).toEqual(['Other']);
    expect((await call(kehu, owner, 'GET', `/api/v1/customers?segmentId=${segment.id}`)).statusCode).toBe(
      404,
    );
    expect((await create(owner, { name: 'New', filter: vip })).statusCode).toBe(200);
  });

  it('lets every reader see segments but only segments.manage change them', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    const readonly = await insertMember(kehu, owner, 'readonly');
    const segment = (await create(owner, { name: 'Shared', filter: vip })).json<Segment>();
    expect((await create(sales, { name: 'Mine', filter: vip })).statusCode).toBe(403);
    const patch = await call(kehu, sales, 'PATCH', `/api/v1/segments/${segment.id}`, {
      name: 'X',
      version: 1,
    });
    expect(patch.statusCode).toBe(403);
    expect((await list(readonly)).map((s) => s.name)).toEqual(['Shared']);
    const other = await insertOrgWithOwner(kehu);
    expect(await list(other)).toEqual([]);
    expect((await call(kehu, other, 'GET', `/api/v1/segments/${segment.id}/sizes`)).statusCode).toBe(404);
  });

  it('records each live segment once a day, idempotently, and skips one whose filter broke', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const field = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'tier',
      label: 'Tier',
      type: 'text',
    });
    const vips = (await create(owner, { name: 'VIPs', filter: vip })).json<Segment>();
    const tiered = (
      await create(owner, { name: 'Gold', filter: { field: 'custom.tier', op: 'eq', value: 'gold' } })
    ).json<Segment>();
    const [created] = await sizes(owner, vips.id);
    expect(created!.size).toBe(0);

    await insertCustomer(kehu, owner, { tags: ['vip'] });
    await insertCustomer(kehu, owner, { tags: ['vip'], custom: { tier: 'gold' } });
    const archived = await call(kehu, owner, 'PATCH', `/api/v1/custom-fields/${field.json().id}`, {
      archived: true,
      version: 1,
    });
    expect(archived.statusCode, archived.body).toBe(200);
    await recordSizes();
    await recordSizes();
    expect(await sizes(owner, vips.id)).toEqual([{ day: created!.day, size: 2 }]);
    expect(await sizes(owner, tiered.id)).toEqual([{ day: created!.day, size: 0 }]);
    const gold = (await list(owner)).find((s) => s.id === tiered.id)!;
    expect(gold).toMatchObject({ count: null, problem: expect.stringContaining('custom.tier') });

    const job = await sql<{ status: string; result: { recorded: number; skipped: unknown[] } }>`
      SELECT status, result FROM jobs WHERE type = ${RECORD_SEGMENT_SIZES} ORDER BY created_at DESC LIMIT 1
    `.execute(kehu.deps.db);
    expect(job.rows[0]!.status).toBe('succeeded');
    expect(job.rows[0]!.result.skipped).toContainEqual(expect.objectContaining({ segmentId: tiered.id }));

    const orgId = owner.me.org.id;
    await sql`
      INSERT INTO segment_sizes (org_id, segment_id, day, size) VALUES
        (${orgId}, ${vips.id}, ${created!.day}::date - 10, 7),
        (${orgId}, ${vips.id}, ${created!.day}::date - 100, 9)
    `.execute(kehu.deps.db);
    expect((await sizes(owner, vips.id)).map((s) => s.size)).toEqual([7, 2]);
    expect((await sizes(owner, vips.id, 365)).map((s) => s.size)).toEqual([9, 7, 2]);
    expect((await sizes(owner, vips.id, 1)).map((s) => s.size)).toEqual([2]);
  });
});
