import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import type { AuditEntry } from '../../../shared/contracts/audit';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner, strongPassword } from '../../../../test/factories/accounts';

type Method = 'POST' | 'PATCH' | 'DELETE';

describe.each(databaseKinds)('audit log on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  /** A write sent with its own X-Request-Id, to find its audit entry by. */
  const write = async (session: Session | null, method: Method, url: string, payload?: unknown) => {
    const requestId = `req-${randomUUID()}`;
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (session) Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrf });
    const res = await kehu.app.inject({ method, url, payload: payload as never, headers });
    return { res, requestId };
  };

  const entries = async (session: Session, query = ''): Promise<AuditEntry[]> => {
    const res = await call(kehu, session, 'GET', `/api/v1/audit?limit=200${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<{ data: AuditEntry[] }>().data;
  };

  const entryFor = async (session: Session, requestId: string) => {
    const found = (await entries(session)).filter((e) => e.requestId === requestId);
    expect(found, `one audit entry for ${requestId}`).toHaveLength(1);
    return found[0]!;
  };

  it('records every write with actor, action, entity, changed fields and request id', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const ownerActor = { actorType: 'user', actorId: owner.me.user.id, actorName: owner.me.user.name };
    const expectEntry = async (
      requestId: string,
      expected: Partial<AuditEntry>,
      actor: object = ownerActor,
    ) => expect(await entryFor(owner, requestId)).toMatchObject({ ...actor, ...expected, requestId });

    const org = await write(owner, 'PATCH', '/api/v1/org', {
      name: 'Renamed Org',
      currency: 'USD',
      version: 1,
    });
    await expectEntry(org.requestId, {
      action: 'update',
      entityType: 'org',
      entityId: owner.me.org.id,
      changes: { name: { from: owner.me.org.name, to: 'Renamed Org' }, currency: { from: 'CNY', to: 'USD' } },
    });

    const team = await write(owner, 'POST', '/api/v1/teams', { name: 'North' });
    const teamId = team.res.json().id;
    await expectEntry(team.requestId, {
      action: 'create',
      entityType: 'team',
      entityId: teamId,
      changes: { name: { from: null, to: 'North' } },
    });
    const rename = await write(owner, 'PATCH', `/api/v1/teams/${teamId}`, { name: 'South', version: 1 });
    await expectEntry(rename.requestId, {
      action: 'update',
      entityId: teamId,
      changes: { name: { from: 'North', to: 'South' } },
    });

    const email = `audited-${Date.now().toString(36)}@example.com`;
    const invite = await write(owner, 'POST', '/api/v1/invitations', { email, role: 'sales', teamId });
    const invitationId = invite.res.json().invitation.id;
    await expectEntry(invite.requestId, {
      action: 'create',
      entityType: 'invitation',
      entityId: invitationId,
      changes: expect.objectContaining({
        email: { from: null, to: email },
        role: { from: null, to: 'sales' },
      }),
    });

    const token = invite.res.json().link.split('/invite/')[1];
    const accepted = await write(null, 'POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Wang Fang',
      password: strongPassword,
    });
    const userId = accepted.res.json().user.id;
    await expectEntry(
      accepted.requestId,
      {
        action: 'accept-invitation',
        entityType: 'user',
        entityId: userId,
        changes: expect.objectContaining({ role: { from: null, to: 'sales' } }),
      },
      { actorType: 'user', actorId: userId, actorName: 'Wang Fang' },
    );

    const role = await write(owner, 'PATCH', `/api/v1/users/${userId}`, { role: 'manager', version: 1 });
    await expectEntry(role.requestId, {
      action: 'update',
      entityType: 'user',
      entityId: userId,
      changes: { role: { from: 'sales', to: 'manager' } },
    });
    const off = await write(owner, 'POST', `/api/v1/users/${userId}/deactivate`);
    await expectEntry(off.requestId, {
      action: 'deactivate',
      entityId: userId,
      changes: { status: { from: 'active', to: 'deactivated' } },
    });
    const on = await write(owner, 'POST', `/api/v1/users/${userId}/reactivate`);
    await expectEntry(on.requestId, {
      action: 'reactivate',
      entityId: userId,
      changes: { status: { from: 'deactivated', to: 'active' } },
    });

    const key = await write(owner, 'POST', '/api/v1/api-keys', { name: 'Shop sync', role: 'sales' });
    const keyId = key.res.json().apiKey.id;
    await expectEntry(key.requestId, {
      action: 'create',
      entityType: 'api_key',
      entityId: keyId,
      changes: { name: { from: null, to: 'Shop sync' }, role: { from: null, to: 'sales' } },
    });
    const revoked = await write(owner, 'DELETE', `/api/v1/api-keys/${keyId}`);
    await expectEntry(revoked.requestId, { action: 'revoke', entityType: 'api_key', entityId: keyId });

    const profile = await write(owner, 'PATCH', '/api/v1/me', { name: 'Chen Jing', theme: 'dark' });
    await expectEntry(
      profile.requestId,
      {
        action: 'update',
        entityType: 'user',
        entityId: owner.me.user.id,
        changes: {
          name: { from: owner.me.user.name, to: 'Chen Jing' },
          theme: { from: 'system', to: 'dark' },
        },
      },
      { ...ownerActor, actorName: owner.me.user.name },
    );

    const teamGone = await write(owner, 'DELETE', `/api/v1/teams/${teamId}`);
    await expectEntry(
      teamGone.requestId,
      {
        action: 'delete',
        entityType: 'team',
        entityId: teamId,
        changes: { name: { from: 'South', to: null } },
      },
      { actorType: 'user', actorId: owner.me.user.id },
    );
  });

  it('never writes a password, password hash, token or key secret into the log', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const newPassword = 'Quiet-Lantern-77';
    const changed = await write(owner, 'POST', '/api/v1/me/password', {
      currentPassword: strongPassword,
      newPassword,
    });
    expect(changed.res.statusCode).toBe(200);
    await expect(entryFor(owner, changed.requestId)).resolves.toMatchObject({
      action: 'change-password',
      changes: {},
    });
    const invite = await call(kehu, owner, 'POST', '/api/v1/invitations', {
      email: 'secretive@example.com',
      role: 'admin',
    });
    const token: string = invite.json().link.split('/invite/')[1];
    const accepted = await call(kehu, null, 'POST', `/api/v1/invitations/${token}/accept`, {
      name: 'Ma Li',
      password: strongPassword,
    });
    const { secret } = (
      await call(kehu, owner, 'POST', '/api/v1/api-keys', { name: 'k', role: 'readonly' })
    ).json();

    const { rows } = await sql<{ secret: string }>`
      SELECT password_hash AS secret FROM users WHERE org_id = ${owner.me.org.id}
      UNION ALL SELECT token_hash FROM invitations WHERE org_id = ${owner.me.org.id}
      UNION ALL SELECT key_hash FROM api_keys WHERE org_id = ${owner.me.org.id}
      UNION ALL SELECT csrf_token FROM sessions WHERE org_id = ${owner.me.org.id}`.execute(kehu.deps.db);
    const sessionToken = (c: string) => c.split('=')[1]!;
    const secrets = [
      strongPassword,
      newPassword,
      token,
      secret,
      sessionToken(owner.cookie),
      accepted.cookies[0]!.value,
      ...rows.map((r) => r.secret),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(6);

    const log = JSON.stringify(await entries(owner));
    expect(log).toContain('change-password');
    for (const s of secrets) expect(log).not.toContain(s);
    expect(log).not.toMatch(/argon2|password_hash|token_hash|key_hash/);
  });

  it('leaves no entry for a write that fails', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const readonly = await insertMember(kehu, owner, 'readonly');
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'Stable' })).json();
    await call(kehu, owner, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Steady', version: 1 });
    const before = await entries(owner);

    const failures = await Promise.all([
      write(owner, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Stale', version: 1 }),
      write(owner, 'PATCH', '/api/v1/org', { name: 'Stale Org', version: 99 }),
      write(owner, 'POST', '/api/v1/teams', { name: 'steady' }),
      write(owner, 'POST', `/api/v1/users/${owner.me.user.id}/deactivate`),
      write(readonly, 'POST', '/api/v1/teams', { name: 'Sneaky' }),
    ]);
    expect(failures.map((f) => f.res.statusCode)).toEqual([409, 409, 409, 403, 403]);
    expect(await entries(owner)).toEqual(before);
  });

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
