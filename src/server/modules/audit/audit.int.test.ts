import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import type { AuditEntry } from '../../../shared/contracts/audit';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';

describe.each(databaseKinds)('browsing the audit log on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const entries = async (session: Session, query = ''): Promise<AuditEntry[]> => {
    const res = await call(kehu, session, 'GET', `/api/v1/audit?limit=200${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<{ data: AuditEntry[] }>().data;
  };

  it('filters by entity type, actor and action, and pages with nextCursor', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const admin = await insertMember(kehu, owner, 'admin');
    for (const name of ['A', 'B', 'C']) await call(kehu, admin, 'POST', '/api/v1/teams', { name });
    await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'D' });
    await call(kehu, owner, 'PATCH', '/api/v1/org', { name: 'Filtered Org', version: 1 });

    const byAdmin = await entries(owner, `&actorId=${admin.me.user.id}`);
    expect(byAdmin.map((e) => [e.actorId, e.entityType, e.action])).toEqual([
      ...Array(3).fill([admin.me.user.id, 'team', 'create']),
      [admin.me.user.id, 'user', 'accept-invitation'],
    ]);
    const teams = await entries(owner, '&entityType=team');
    expect(teams.map((e) => e.changes.name?.to)).toEqual(['D', 'C', 'B', 'A']);
    expect((await entries(owner, '&action=update')).map((e) => e.entityType)).toEqual(['org']);
    expect(await entries(owner, `&entityType=team&actorId=${owner.me.user.id}`)).toEqual([teams[0]]);

    const all = await entries(owner);
    const paged: AuditEntry[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await call(kehu, owner, 'GET', `/api/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = res.json<{ data: AuditEntry[]; nextCursor: string | null }>();
      expect(page.data.length).toBeLessThanOrEqual(2);
      paged.push(...page.data);
      cursor = page.nextCursor;
    }
    expect(all.length).toBeGreaterThan(4);
    expect(paged).toEqual(all);
  });

  it('is closed to a read-only user', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const readonly = await insertMember(kehu, owner, 'readonly');
    const res = await call(kehu, readonly, 'GET', '/api/v1/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/audit\.read/);
  });

  it("never shows an organisation another organisation's entries", async () => {
    const a = await insertOrgWithOwner(kehu);
    const b = await insertOrgWithOwner(kehu);
    await call(kehu, a, 'POST', '/api/v1/teams', { name: 'A only' });
    await insertMember(kehu, a, 'sales');
    const ofA = await entries(a);
    const ofB = await entries(b);
    expect(ofA.length).toBeGreaterThan(3);
    const idsOfA = new Set(ofA.flatMap((e) => [e.id, e.entityId, e.actorId]));
    for (const e of ofB) for (const id of [e.id, e.entityId, e.actorId]) expect(idsOfA.has(id)).toBe(false);
    expect(await entries(b, `&actorId=${a.me.user.id}`)).toEqual([]);
    expect(await entries(b, `&entityId=${a.me.org.id}`)).toEqual([]);
  });
});
