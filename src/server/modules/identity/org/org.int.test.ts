import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';

describe.each(databaseKinds)('organisation settings on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('lets the owner change name, time zone, currency and language', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const change = {
      name: 'Hangzhou Tea Co.',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      language: 'en' as const,
    };
    const res = await call(kehu, owner, 'PATCH', '/api/v1/org', { ...change, version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: owner.me.org.id, ...change, version: 2 });
    expect((await call(kehu, owner, 'GET', '/api/v1/org')).json()).toEqual(res.json());
    expect((await call(kehu, owner, 'GET', '/api/v1/auth/me')).json().org).toEqual(res.json());
  });

  it('changes only the fields sent', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const res = await call(kehu, owner, 'PATCH', '/api/v1/org', { currency: 'USD', version: 1 });
    expect(res.json()).toMatchObject({ ...owner.me.org, currency: 'USD', version: 2 });
  });

  it('rejects an unknown time zone, currency or language with 400 naming the field', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const cases = [
      [{ timeZone: 'Mars/Olympus' }, 'body.timeZone', /IANA time zone/],
      [{ currency: 'yuan' }, 'body.currency', /ISO 4217/],
      [{ currency: 'cny' }, 'body.currency', /ISO 4217/],
      [{ language: 'fr' }, 'body.language', /./],
      [{ name: '   ' }, 'body.name', /empty/],
    ] as const;
    for (const [change, path, message] of cases) {
      const res = await call(kehu, owner, 'PATCH', '/api/v1/org', { ...change, version: 1 });
      expect(res.statusCode, path).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details.issues).toEqual([{ path, message: expect.stringMatching(message) }]);
      expect(error.message).toContain(path);
    }
    expect((await call(kehu, owner, 'GET', '/api/v1/org')).json()).toEqual(owner.me.org);
  });

  it('rejects a stale update with 409 and the current settings in details', async () => {
    const owner = await insertOrgWithOwner(kehu);
    await call(kehu, owner, 'PATCH', '/api/v1/org', { name: 'First Save', version: 1 });
    const stale = await call(kehu, owner, 'PATCH', '/api/v1/org', { name: 'Second Save', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ name: 'First Save', version: 2 });
    expect((await call(kehu, owner, 'GET', '/api/v1/org')).json()).toMatchObject({
      name: 'First Save',
      version: 2,
    });
  });

  it('lets an admin change the settings but not a sales user', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const admin = await insertMember(kehu, owner, 'admin');
    const sales = await insertMember(kehu, owner, 'sales');
    const refused = await call(kehu, sales, 'PATCH', '/api/v1/org', { name: 'Taken Over', version: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/org\.manage/);
    expect((await call(kehu, sales, 'GET', '/api/v1/org')).json()).toEqual(owner.me.org);
    expect(
      (await call(kehu, admin, 'PATCH', '/api/v1/org', { name: 'Renamed', version: 1 })).statusCode,
    ).toBe(200);
  });

  it('keeps each organisation to its own settings', async () => {
    const a = await insertOrgWithOwner(kehu);
    const b = await insertOrgWithOwner(kehu);
    await call(kehu, b, 'PATCH', '/api/v1/org', { name: 'Only B', version: 1 });
    expect((await call(kehu, a, 'GET', '/api/v1/org')).json()).toEqual(a.me.org);
  });
});
