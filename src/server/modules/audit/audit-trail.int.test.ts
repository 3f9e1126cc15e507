import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import type { AuditEntry } from '../../../shared/contracts/audit';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner, strongPassword } from '../../../../test/factories/accounts';

type Method = 'POST' | 'PATCH' | 'DELETE';

describe.each(databaseKinds)('audit trail of writes on %s', (kind) => {
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

  const entries = async (session: Session): Promise<AuditEntry[]> => {
    const res = await call(kehu, session, 'GET', '/api/v1/audit?limit=200');
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
    const change = (from: unknown, to: unknown) => ({ from, to });
    /** Makes the write as the owner, then expects exactly one entry carrying its request id. */
    const audited = async (
      method: Method,
      url: string,
      body: object | undefined,
      expected: Partial<AuditEntry>,
    ) => {
      const { res, requestId } = await write(owner, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(200);
      const entry = await entryFor(owner, requestId);
      expect(entry).toMatchObject({ actorType: 'user', actorId: owner.me.user.id, ...expected, requestId });
      return res.json();
    };

    await audited(
      'PATCH',
      '/api/v1/org',
      { name: 'Renamed Org', currency: 'USD', version: 1 },
      {
        actorName: owner.me.user.name,
        action: 'update',
        entityType: 'org',
        entityId: owner.me.org.id,
        changes: { name: change(owner.me.org.name, 'Renamed Org'), currency: change('CNY', 'USD') },
      },
    );
    const team = await audited(
      'POST',
      '/api/v1/teams',
      { name: 'North' },
      { action: 'create', entityType: 'team' },
    );
    const renamed = { name: change('North', 'South') };
    await audited(
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { name: 'South', version: 1 },
      { action: 'update', changes: renamed },
    );

    const email = `audited-${Date.now().toString(36)}@example.com`;
    const invite = await audited(
      'POST',
      '/api/v1/invitations',
      { email, role: 'sales' },
      {
        action: 'create',
        entityType: 'invitation',
        changes: expect.objectContaining({ email: change(null, email), role: change(null, 'sales') }),
      },
    );
    const token = invite.link.split('/invite/')[1];
    const accept = { name: 'Wang Fang', password: strongPassword };
    const accepted = await write(null, 'POST', `/api/v1/invitations/${token}/accept`, accept);
    const userId = accepted.res.json().user.id;
    expect(await entryFor(owner, accepted.requestId)).toMatchObject({
      actorId: userId,
      actorName: 'Wang Fang',
      action: 'accept-invitation',
      entityId: userId,
      changes: expect.objectContaining({ role: change(null, 'sales') }),
    });

    const user = `/api/v1/users/${userId}`;
    const role = { role: change('sales', 'manager') };
    await audited(
      'PATCH',
      user,
      { role: 'manager', version: 1 },
      { action: 'update', entityId: userId, changes: role },
    );
    const off = { status: change('active', 'deactivated') };
    await audited('POST', `${user}/deactivate`, undefined, {
      action: 'deactivate',
      entityId: userId,
      changes: off,
    });
    const on = { status: change('deactivated', 'active') };
    await audited('POST', `${user}/reactivate`, undefined, {
      action: 'reactivate',
      entityId: userId,
      changes: on,
    });

    const key = await audited(
      'POST',
      '/api/v1/api-keys',
      { name: 'Sync', role: 'sales' },
      {
        action: 'create',
        entityType: 'api_key',
        changes: { name: change(null, 'Sync'), role: change(null, 'sales') },
      },
    );
    await audited('DELETE', `/api/v1/api-keys/${key.apiKey.id}`, undefined, {
      action: 'revoke',
      entityId: key.apiKey.id,
    });
    await audited(
      'PATCH',
      '/api/v1/me',
      { name: 'Chen Jing', theme: 'dark' },
      {
        action: 'update',
        entityId: owner.me.user.id,
        changes: { name: change(owner.me.user.name, 'Chen Jing'), theme: change('system', 'dark') },
      },
    );
    const deleted = { name: change('South', null) };
    await audited('DELETE', `/api/v1/teams/${team.id}`, undefined, {
      action: 'delete',
      actorName: 'Chen Jing',
      changes: deleted,
    });
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

    const statuses = [
      (await write(owner, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Stale', version: 1 })).res.statusCode,
      (await write(owner, 'PATCH', '/api/v1/org', { name: 'Stale Org', version: 99 })).res.statusCode,
      (await write(owner, 'POST', '/api/v1/teams', { name: 'steady' })).res.statusCode,
      (await write(owner, 'POST', `/api/v1/users/${owner.me.user.id}/deactivate`)).res.statusCode,
      (await write(readonly, 'POST', '/api/v1/teams', { name: 'Sneaky' })).res.statusCode,
    ];
    expect(statuses).toEqual([409, 409, 409, 403, 403]);
    expect(await entries(owner)).toEqual(before);
  });
});
