import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, sessionFrom, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner, strongPassword } from '../../../../../test/factories/accounts';
import type { Team } from '../../../../shared/contracts/teams';
import type { User } from '../../../../shared/contracts/users';

describe.each(databaseKinds)('teams on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const createTeam = async (owner: Session, name: string): Promise<Team> => {
    const res = await call(kehu, owner, 'POST', '/api/v1/teams', { name });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const teams = async (session: Session): Promise<Team[]> =>
    (await call(kehu, session, 'GET', '/api/v1/teams')).json<{ data: Team[] }>().data;
  const users = async (session: Session): Promise<User[]> =>
    (await call(kehu, session, 'GET', '/api/v1/users')).json<{ data: User[] }>().data;

  it('creates, renames and deletes a team', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = await createTeam(owner, '  North  ');
    expect(team).toMatchObject({ name: 'North', memberCount: 0, version: 1 });

    const renamed = await call(kehu, owner, 'PATCH', `/api/v1/teams/${team.id}`, {
      name: 'North-East',
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ id: team.id, name: 'North-East', version: 2 });
    expect(await teams(owner)).toEqual([renamed.json()]);

    expect((await call(kehu, owner, 'DELETE', `/api/v1/teams/${team.id}`)).json()).toEqual({ ok: true });
    expect(await teams(owner)).toEqual([]);
    expect(
      (await call(kehu, owner, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Back', version: 2 })).statusCode,
    ).toBe(404);
    expect((await call(kehu, owner, 'DELETE', `/api/v1/teams/${team.id}`)).statusCode).toBe(404);
  });

  it('refuses a duplicate name in any letter case with 409 naming the field', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const east = await createTeam(owner, 'East');
    const west = await createTeam(owner, 'West');
    const created = await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'EAST' });
    const renamed = await call(kehu, owner, 'PATCH', `/api/v1/teams/${west.id}`, {
      name: 'east',
      version: 1,
    });
    for (const res of [created, renamed]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details.issues).toEqual([{ path: 'body.name', message: 'already used' }]);
    }
    expect((await teams(owner)).map((t) => t.name)).toEqual(['East', 'West']);
    const recased = await call(kehu, owner, 'PATCH', `/api/v1/teams/${east.id}`, {
      name: 'EAST',
      version: 1,
    });
    expect(recased.json()).toMatchObject({ name: 'EAST', version: 2 });
  });

  it('allows the same team name in another organisation and after the first was deleted', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const other = await insertOrgWithOwner(kehu);
    const first = await createTeam(owner, 'Key Accounts');
    await createTeam(other, 'Key Accounts');
    await call(kehu, owner, 'DELETE', `/api/v1/teams/${first.id}`);
    expect((await createTeam(owner, 'key accounts')).id).not.toBe(first.id);
  });

  it('answers a duplicate created at the same moment with 409, never 500', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => call(kehu, owner, 'POST', '/api/v1/teams', { name: 'Race' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    expect(await teams(owner)).toHaveLength(1);
  });

  it('counts the active members of each team', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const south = await createTeam(owner, 'South');
    const empty = await createTeam(owner, 'Empty');
    const a = await insertMember(kehu, owner, 'sales', south.id);
    await insertMember(kehu, owner, 'service', south.id);
    const count = async (id: string) => (await teams(owner)).find((t) => t.id === id)!.memberCount;
    expect(await count(south.id)).toBe(2);
    expect(await count(empty.id)).toBe(0);
    await call(kehu, owner, 'POST', `/api/v1/users/${a.me.user.id}/deactivate`);
    expect(await count(south.id)).toBe(1);
    await call(kehu, owner, 'PATCH', `/api/v1/users/${owner.me.user.id}`, { teamId: empty.id, version: 1 });
    expect(await count(empty.id)).toBe(1);
  });

  it('unassigns members and open invitations when their team is deleted', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = await createTeam(owner, 'Closing');
    const member = await insertMember(kehu, owner, 'sales', team.id);
    const email = `late-${Date.now().toString(36)}@example.com`;
    const invited = await call(kehu, owner, 'POST', '/api/v1/invitations', {
      email,
      role: 'sales',
      teamId: team.id,
    });

    expect((await call(kehu, owner, 'DELETE', `/api/v1/teams/${team.id}`)).statusCode).toBe(200);
    expect((await users(owner)).find((u) => u.id === member.me.user.id)).toMatchObject({
      teamId: null,
      status: 'active',
    });
    expect((await call(kehu, member, 'GET', '/api/v1/auth/me')).json().user.teamId).toBeNull();
    expect((await call(kehu, owner, 'GET', '/api/v1/invitations')).json().data[0]).toMatchObject({
      email,
      teamId: null,
    });

    const token = invited.json<{ link: string }>().link.split('/invite/')[1];
    const late = sessionFrom(
      await call(kehu, null, 'POST', `/api/v1/invitations/${token}/accept`, {
        name: 'Late',
        password: strongPassword,
      }),
    );
    expect(late.me.user.teamId).toBeNull();
  });

  it('refuses to put a user or an invitation in a deleted team', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = await createTeam(owner, 'Gone');
    await call(kehu, owner, 'DELETE', `/api/v1/teams/${team.id}`);
    const moved = await call(kehu, owner, 'PATCH', `/api/v1/users/${owner.me.user.id}`, {
      teamId: team.id,
      version: 1,
    });
    const invited = await call(kehu, owner, 'POST', '/api/v1/invitations', {
      email: 'gone@example.com',
      role: 'sales',
      teamId: team.id,
    });
    for (const res of [moved, invited]) {
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('body.teamId');
    }
  });

  it('rejects a stale rename with 409 and the current team in details', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = await createTeam(owner, 'Alpha');
    await call(kehu, owner, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Beta', version: 1 });
    const stale = await call(kehu, owner, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Gamma', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ id: team.id, name: 'Beta', version: 2 });
    expect((await teams(owner))[0]).toMatchObject({ name: 'Beta', version: 2 });
  });

  it('lets only roles with teams.manage change teams', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const team = await createTeam(owner, 'Fixed');
    const manager = await insertMember(kehu, owner, 'manager');
    expect((await call(kehu, manager, 'POST', '/api/v1/teams', { name: 'Mine' })).statusCode).toBe(403);
    expect(
      (await call(kehu, manager, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'X', version: 1 })).statusCode,
    ).toBe(403);
    expect((await call(kehu, manager, 'DELETE', `/api/v1/teams/${team.id}`)).statusCode).toBe(403);
    expect(await teams(manager)).toEqual([expect.objectContaining({ name: 'Fixed', version: 1 })]);
  });
});
