import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, sessionFrom, signIn, startTestKehu } from '../../../../../test/support/test-kehu';
import {
  insertMember,
  insertOrgWithOwner,
  makeSetup,
  strongPassword,
} from '../../../../../test/factories/accounts';

describe.each(databaseKinds)('sign-in and sessions on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('onboards the first organisation once, then refuses a second setup', async () => {
    expect((await call(kehu, null, 'GET', '/api/v1/setup')).json()).toEqual({ needsSetup: true });
    const setup = makeSetup({ language: 'en', currency: 'USD', timeZone: 'Europe/London' });
    const res = await call(kehu, null, 'POST', '/api/v1/setup', setup);
    const session = sessionFrom(res);
    expect(session.me.user.role).toBe('owner');
    expect(session.me.org).toMatchObject({
      name: setup.orgName,
      currency: 'USD',
      timeZone: 'Europe/London',
      language: 'en',
    });
    expect(session.me.permissions).toContain('users.manage');
    const cookie = res.headers['set-cookie'] as string;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await call(kehu, null, 'GET', '/api/v1/setup')).json()).toEqual({ needsSetup: false });
    const again = await call(kehu, null, 'POST', '/api/v1/setup', makeSetup());
    expect(again.statusCode).toBe(409);
  });

  it('refuses short and common passwords with a message naming the field', async () => {
    const short = await call(kehu, null, 'POST', '/api/v1/setup', makeSetup({ password: 'short' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.issues[0].path).toBe('body.password');
    const owner = await insertOrgWithOwner(kehu);
    const common = await call(kehu, owner, 'POST', '/api/v1/me/password', {
      currentPassword: strongPassword,
      newPassword: 'password123',
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.message).toMatch(/common/);
  });

  it('gives a new session at every sign-in and ends it at sign-out', async () => {
    const setup = makeSetup();
    await kehu.modules.identity.auth.createOrgWithOwner(kehu.deps.db, setup);
    const first = await signIn(kehu, setup.email, setup.password);
    const second = await signIn(kehu, setup.email, setup.password);
    expect(first.cookie).not.toBe(second.cookie);
    expect((await call(kehu, first, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await call(kehu, first, 'POST', '/api/v1/auth/sign-out');
    expect((await call(kehu, first, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await call(kehu, second, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('locks an account out after five wrong passwords, with a message saying when to retry', async () => {
    const setup = makeSetup();
    await kehu.modules.identity.auth.createOrgWithOwner(kehu.deps.db, setup);
    for (let i = 0; i < 5; i++) {
      const res = await call(kehu, null, 'POST', '/api/v1/auth/sign-in', {
        email: setup.email,
        password: 'wrong-password-1',
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await call(kehu, null, 'POST', '/api/v1/auth/sign-in', {
      email: setup.email,
      password: setup.password,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/Try again in \d+ minute/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const res = await kehu.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: owner.cookie },
      payload: { name: 'X' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/CSRF/);
  });

  it('signs a deactivated user out everywhere', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    expect((await call(kehu, sales, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const res = await call(kehu, owner, 'POST', `/api/v1/users/${sales.me.user.id}/deactivate`);
    expect(res.statusCode).toBe(200);
    expect((await call(kehu, sales, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await call(kehu, null, 'POST', '/api/v1/auth/sign-in', {
      email: sales.me.user.email,
      password: strongPassword,
    });
    expect(again.statusCode).toBe(403);
  });

  it('accepts an API key as a bearer token until it is revoked', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const created = await call(kehu, owner, 'POST', '/api/v1/api-keys', {
      name: 'shop sync',
      role: 'readonly',
    });
    expect(created.statusCode).toBe(200);
    const { apiKey, secret } = created.json();
    const bearer = { authorization: `Bearer ${secret}` };
    const users = await kehu.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer });
    expect(users.statusCode).toBe(200);
    const write = await kehu.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: bearer,
      payload: { name: 'T' },
    });
    expect(write.statusCode).toBe(403);
    const listed = (await call(kehu, owner, 'GET', '/api/v1/api-keys')).json().data;
    expect(JSON.stringify(listed)).not.toContain(secret);
    await call(kehu, owner, 'DELETE', `/api/v1/api-keys/${apiKey.id}`);
    expect((await kehu.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer })).statusCode).toBe(
      401,
    );
  });

  it('stops honouring an API key once its creator loses the right to hand out its role', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const admin = await insertMember(kehu, owner, 'admin');
    const { secret } = (
      await call(kehu, admin, 'POST', '/api/v1/api-keys', { name: 'erp', role: 'admin' })
    ).json();
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await kehu.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer })).statusCode).toBe(
      200,
    );
    const adminUser = (await call(kehu, owner, 'GET', '/api/v1/users'))
      .json()
      .data.find((u: { id: string }) => u.id === admin.me.user.id);
    const demoted = await call(kehu, owner, 'PATCH', `/api/v1/users/${admin.me.user.id}`, {
      role: 'sales',
      version: adminUser.version,
    });
    expect(demoted.statusCode).toBe(200);
    expect((await kehu.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer })).statusCode).toBe(
      401,
    );
  });
});
