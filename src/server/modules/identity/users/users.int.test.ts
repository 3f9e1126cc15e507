import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { systemActor } from '../../../platform/actor';
import { databaseKinds } from '../../../../../test/support/test-database';
import {
  call,
  sessionFrom,
  signIn,
  startTestKehu,
  type Session,
} from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner, strongPassword } from '../../../../../test/factories/accounts';
import type { User } from '../../../../shared/contracts/users';

let counter = 0;
const newEmail = () => `invitee-${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;
const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe.each(databaseKinds)('users and invitations on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const userOf = async (session: Session, id: string): Promise<User> =>
    (await call(kehu, session, 'GET', '/api/v1/users'))
      .json<{ data: User[] }>()
      .data.find((u) => u.id === id)!;

  const invite = async (owner: Session, body: { email: string; role: string; teamId?: string | null }) => {
    const res = await call(kehu, owner, 'POST', '/api/v1/invitations', body);
    expect(res.statusCode).toBe(200);
    return { id: res.json().invitation.id as string, token: tokenOf(res.json().link) };
  };

  const accept = (token: string, name = 'Lin Yue') =>
    call(kehu, null, 'POST', `/api/v1/invitations/${token}/accept`, { name, password: strongPassword });

  it('previews an invitation, then accepting it creates the user with its role and team, signed in', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'East' })).json();
    const email = newEmail();
    const { token } = await invite(owner, { email, role: 'manager', teamId: team.id });

    const preview = await call(kehu, null, 'GET', `/api/v1/invitations/${token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({ email, orgName: owner.me.org.name, role: 'manager' });

    const member = sessionFrom(await accept(token));
    expect(member.me.user).toMatchObject({ email, name: 'Lin Yue', role: 'manager', teamId: team.id });
    expect(member.me.org.id).toBe(owner.me.org.id);
    expect((await call(kehu, member, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect(await userOf(owner, member.me.user.id)).toMatchObject({
      role: 'manager',
      teamId: team.id,
      status: 'active',
    });
    expect((await call(kehu, owner, 'GET', '/api/v1/invitations')).json().data).toEqual([]);
  });

  it('accepts an invitation link only once', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const { token } = await invite(owner, { email: newEmail(), role: 'sales' });
    expect((await accept(token)).statusCode).toBe(200);
    expect((await accept(token, 'Someone Else')).statusCode).toBe(404);
    expect((await call(kehu, null, 'GET', `/api/v1/invitations/${token}`)).statusCode).toBe(404);
  });

  it('treats a revoked invitation as gone', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const email = newEmail();
    const { id, token } = await invite(owner, { email, role: 'sales' });
    expect((await call(kehu, owner, 'DELETE', `/api/v1/invitations/${id}`)).statusCode).toBe(200);
    expect((await call(kehu, null, 'GET', `/api/v1/invitations/${token}`)).statusCode).toBe(404);
    expect((await accept(token)).statusCode).toBe(404);
    expect(
      (await call(kehu, null, 'POST', '/api/v1/auth/sign-in', { email, password: strongPassword }))
        .statusCode,
    ).toBe(401);
  });

  it('refuses to invite an email that already has an account, in any letter case, with 409', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const elsewhere = await insertOrgWithOwner(kehu);
    for (const email of [owner.me.user.email, elsewhere.me.user.email.toUpperCase()]) {
      const res = await call(kehu, owner, 'POST', '/api/v1/invitations', { email, role: 'sales' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details.issues[0].path).toBe('body.email');
    }
  });

  it('lets only an owner make owners', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const admin = await insertMember(kehu, owner, 'admin');
    const sales = await insertMember(kehu, owner, 'sales');

    expect(
      (await call(kehu, admin, 'POST', '/api/v1/invitations', { email: newEmail(), role: 'owner' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(kehu, admin, 'POST', '/api/v1/api-keys', { name: 'k', role: 'owner' })).statusCode,
    ).toBe(403);
    const promote = await call(kehu, admin, 'PATCH', `/api/v1/users/${sales.me.user.id}`, {
      role: 'owner',
      version: 1,
    });
    expect(promote.statusCode).toBe(403);
    expect(await userOf(owner, sales.me.user.id)).toMatchObject({ role: 'sales', version: 1 });

    const { token } = await invite(owner, { email: newEmail(), role: 'owner' });
    expect(sessionFrom(await accept(token)).me.user.role).toBe('owner');
    expect(
      (await call(kehu, owner, 'POST', '/api/v1/api-keys', { name: 'k', role: 'owner' })).statusCode,
    ).toBe(200);
    const promoted = await call(kehu, owner, 'PATCH', `/api/v1/users/${sales.me.user.id}`, {
      role: 'owner',
      version: 1,
    });
    expect(promoted.json()).toMatchObject({ role: 'owner', version: 2 });
  });

  it('rejects a stale role change with 409 and the current user in details', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    const url = `/api/v1/users/${sales.me.user.id}`;
    expect((await call(kehu, owner, 'PATCH', url, { name: 'Zhang Wei', version: 1 })).statusCode).toBe(200);
    const stale = await call(kehu, owner, 'PATCH', url, { role: 'manager', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({
      id: sales.me.user.id,
      name: 'Zhang Wei',
      role: 'sales',
      version: 2,
    });
    expect(await userOf(owner, sales.me.user.id)).toMatchObject({ role: 'sales', version: 2 });
  });

  it('does not make an edit stale when the user merely signs in', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    await signIn(kehu, sales.me.user.email, strongPassword);
    const signedIn = await userOf(owner, sales.me.user.id);
    expect(signedIn.lastSignInAt).not.toBeNull();
    expect(signedIn.version).toBe(1);
    const res = await call(kehu, owner, 'PATCH', `/api/v1/users/${sales.me.user.id}`, {
      role: 'service',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses to let you change your own role or deactivate yourself', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const admin = await insertMember(kehu, owner, 'admin');
    for (const me of [owner, admin]) {
      const url = `/api/v1/users/${me.me.user.id}`;
      expect((await call(kehu, me, 'PATCH', url, { role: 'sales', version: 1 })).statusCode).toBe(403);
      expect((await call(kehu, me, 'POST', `${url}/deactivate`)).statusCode).toBe(403);
      expect(await userOf(owner, me.me.user.id)).toMatchObject({ role: me.me.user.role, status: 'active' });
    }
  });

  it('refuses to demote or deactivate the last active owner with 409', async () => {
    const owner = await insertOrgWithOwner(kehu);
    // An owner cannot act on themselves, so the rule itself is reached by a system actor (CLI, jobs).
    const system = systemActor(owner.me.org.id);
    const { users } = kehu.modules.identity;
    const id = owner.me.user.id;
    const version = (await userOf(owner, id)).version;
    await expect(users.updateUser(system, id, { role: 'admin', version })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(users.setUserStatus(system, id, 'deactivated')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await userOf(owner, id)).toMatchObject({ role: 'owner', status: 'active', version });
  });

  const activeOwners = async (orgId: string) =>
    (await kehu.modules.identity.users.listUsers(systemActor(orgId))).data.filter(
      (u) => u.role === 'owner' && u.status === 'active',
    );

  it('keeps an owner when two owners demote each other at the same moment', async () => {
    const first = await insertOrgWithOwner(kehu);
    const second = await insertMember(kehu, first, 'owner');
    const firstVersion = (await userOf(first, first.me.user.id)).version;
    const results = await Promise.all([
      call(kehu, first, 'PATCH', `/api/v1/users/${second.me.user.id}`, { role: 'admin', version: 1 }),
      call(kehu, second, 'PATCH', `/api/v1/users/${first.me.user.id}`, {
        role: 'admin',
        version: firstVersion,
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await activeOwners(first.me.org.id)).toHaveLength(1);
  });

  it('keeps an owner when two owners deactivate each other at the same moment', async () => {
    const first = await insertOrgWithOwner(kehu);
    const second = await insertMember(kehu, first, 'owner');
    const results = await Promise.all([
      call(kehu, first, 'POST', `/api/v1/users/${second.me.user.id}/deactivate`),
      call(kehu, second, 'POST', `/api/v1/users/${first.me.user.id}/deactivate`),
    ]);
    // The loser gets 409, or 401 when the winner had already ended its session.
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(await activeOwners(first.me.org.id)).toHaveLength(1);
  });

  it('lets an owner demote a deactivated owner', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const former = await insertMember(kehu, owner, 'owner');
    const url = `/api/v1/users/${former.me.user.id}`;
    expect((await call(kehu, owner, 'POST', `${url}/deactivate`)).statusCode).toBe(200);
    const version = (await userOf(owner, former.me.user.id)).version;
    const res = await call(kehu, owner, 'PATCH', url, { role: 'readonly', version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'readonly', status: 'deactivated' });
  });

  it('lets a reactivated user sign in again', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    const url = `/api/v1/users/${sales.me.user.id}`;
    const credentials = { email: sales.me.user.email, password: strongPassword };
    expect((await call(kehu, owner, 'POST', `${url}/deactivate`)).json().status).toBe('deactivated');
    expect((await call(kehu, null, 'POST', '/api/v1/auth/sign-in', credentials)).statusCode).toBe(403);
    expect((await call(kehu, owner, 'POST', `${url}/reactivate`)).json().status).toBe('active');
    const again = await signIn(kehu, credentials.email, credentials.password);
    expect(again.me.user).toMatchObject({ id: sales.me.user.id, role: 'sales' });
  });
});
