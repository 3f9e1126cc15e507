import { afterAll, describe, expect, it } from 'vitest';
import { createKehu, type Kehu } from './kehu';
import { databaseKinds, openTestDatabase } from '../../test/support/test-database';

describe.each(databaseKinds)('health and API documents on %s', (kind) => {
  let kehu: Kehu;
  afterAll(async () => {
    await kehu?.stop();
  });

  it('answers 503 until migrations are done, then 200 ok', async () => {
    const { database, config } = await openTestDatabase(kind);
    kehu = await createKehu(config, { database });
    const before = await kehu.app.inject({ method: 'GET', url: '/api/health' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toEqual({ status: 'starting' });
    const api = await kehu.app.inject({ method: 'GET', url: '/api/v1/setup' });
    expect(api.statusCode).toBe(503);
    expect(api.json().error.code).toBe('UNAVAILABLE');
    await kehu.start();
    const after = await kehu.app.inject({ method: 'GET', url: '/api/health' });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document generated from the route schemas, and Swagger UI', async () => {
    const doc = (await kehu.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const signIn = doc.paths['/api/v1/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(Object.keys(doc.paths)).toContain('/api/v1/users/{id}');
    const ui = await kehu.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('sets security headers and echoes the request id', async () => {
    const res = await kehu.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'req-123' },
    });
    expect(res.headers['x-request-id']).toBe('req-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });
});
