import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../src/server/kehu';
import { databaseKinds } from '../support/test-database';
import { call, startTestKehu, type Session } from '../support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../factories/accounts';
import { insertFailedJob } from '../factories/jobs';

type Method = 'POST' | 'PATCH' | 'DELETE';

/** Everything an organisation can list, as its owner sees it. */
const listsOf = async (kehu: Kehu, owner: Session) => {
  const get = async (url: string) => (await call(kehu, owner, 'GET', url)).json();
  return {
    org: await get('/api/v1/org'),
    users: await get('/api/v1/users'),
    teams: await get('/api/v1/teams'),
    apiKeys: await get('/api/v1/api-keys'),
    invitations: await get('/api/v1/invitations'),
    jobs: await get('/api/v1/jobs?limit=200'),
    audit: await get('/api/v1/audit?limit=200'),
  };
};

describe.each(databaseKinds)('tenancy on %s', (kind) => {
  let kehu: Kehu;
  let ownerA: Session;
  let ownerB: Session;
  let a: { member: string; team: string; apiKey: string; invitation: string; job: string };

  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    ownerA = await insertOrgWithOwner(kehu);
    ownerB = await insertOrgWithOwner(kehu);
    const team = (await call(kehu, ownerA, 'POST', '/api/v1/teams', { name: 'Shared Name' })).json();
    await call(kehu, ownerB, 'POST', '/api/v1/teams', { name: 'Shared Name' });
    const member = await insertMember(kehu, ownerA, 'sales', team.id);
    const key = (
      await call(kehu, ownerA, 'POST', '/api/v1/api-keys', { name: 'A key', role: 'sales' })
    ).json();
    const invite = (
      await call(kehu, ownerA, 'POST', '/api/v1/invitations', {
        email: 'pending-a@example.com',
        role: 'sales',
      })
    ).json();
    a = {
      member: member.me.user.id,
      team: team.id,
      apiKey: key.apiKey.id,
      invitation: invite.invitation.id,
      job: await insertFailedJob(kehu, ownerA.me.org.id),
    };
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it("answers 404 to every id-addressed write on another organisation's records, and changes nothing", async () => {
    const before = await listsOf(kehu, ownerA);
    const attempts: [Method, string, object?][] = [
      ['PATCH', `/api/v1/users/${a.member}`, { name: 'Taken', role: 'readonly', version: 1 }],
      ['PATCH', `/api/v1/users/${ownerA.me.user.id}`, { role: 'readonly', version: 1 }],
      ['POST', `/api/v1/users/${a.member}/deactivate`],
      ['POST', `/api/v1/users/${ownerA.me.user.id}/deactivate`],
      ['POST', `/api/v1/users/${a.member}/reactivate`],
      ['PATCH', `/api/v1/teams/${a.team}`, { name: 'Taken', version: 1 }],
      ['DELETE', `/api/v1/teams/${a.team}`],
      ['DELETE', `/api/v1/api-keys/${a.apiKey}`],
      ['DELETE', `/api/v1/invitations/${a.invitation}`],
      ['POST', `/api/v1/jobs/${a.job}/retry`],
    ];
    const problems: string[] = [];
    for (const [method, url, body] of attempts) {
      const res = await call(kehu, ownerB, method, url, body);
      if (res.statusCode !== 404 || res.json().error.code !== 'NOT_FOUND')
        problems.push(`${method} ${url} → ${res.statusCode}`);
    }
    expect(problems).toEqual([]);

    const after = await listsOf(kehu, ownerA);
    expect(after).toEqual(before);
    expect(after.jobs.data.find((j: { id: string }) => j.id === a.job)).toMatchObject({
      status: 'failed',
      attempts: 5,
    });
    expect(after.apiKeys.data[0]).toMatchObject({ id: a.apiKey, revokedAt: null });
  });

  it("refuses another organisation's team when assigning users or inviting", async () => {
    const own = await call(kehu, ownerB, 'PATCH', `/api/v1/users/${ownerB.me.user.id}`, {
      teamId: a.team,
      version: 1,
    });
    const invite = await call(kehu, ownerB, 'POST', '/api/v1/invitations', {
      email: 'cross@example.com',
      role: 'sales',
      teamId: a.team,
    });
    for (const res of [own, invite]) {
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues).toEqual([{ path: 'body.teamId', message: 'no such team' }]);
    }
  });

  it("shows nothing of another organisation's in any list", async () => {
    const ofA = await listsOf(kehu, ownerA);
    const ofB = await listsOf(kehu, ownerB);
    const idsOfA = new Set([
      ownerA.me.org.id,
      ...Object.values(a),
      ...Object.values(ofA).flatMap((list) =>
        'data' in list ? list.data.map((r: { id: string }) => r.id) : [],
      ),
    ]);
    const textOfB = JSON.stringify(ofB);
    const leaked = [...idsOfA].filter((id) => textOfB.includes(id));
    expect(leaked).toEqual([]);
    expect(textOfB).not.toContain('pending-a@example.com');
    expect(textOfB).not.toContain('A key');
    expect(ofB.users.data.map((u: { id: string }) => u.id)).toEqual([ownerB.me.user.id]);
    expect(ofB.teams.data.map((t: { name: string }) => t.name)).toEqual(['Shared Name']);
  });

  it("never lets an API key reach another organisation's records", async () => {
    const { secret } = (
      await call(kehu, ownerB, 'POST', '/api/v1/api-keys', { name: 'B admin', role: 'admin' })
    ).json();
    const headers = { authorization: `Bearer ${secret}` };
    const users = await kehu.app.inject({ method: 'GET', url: '/api/v1/users', headers });
    expect(JSON.stringify(users.json())).not.toContain(a.member);
    const res = await kehu.app.inject({
      method: 'POST',
      url: `/api/v1/users/${a.member}/deactivate`,
      headers,
    });
    expect(res.statusCode).toBe(404);
    expect(
      (await listsOf(kehu, ownerA)).users.data.find((u: { id: string }) => u.id === a.member).status,
    ).toBe('active');
  });
});
