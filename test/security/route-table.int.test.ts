import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../src/server/kehu';
import { databaseKinds } from '../support/test-database';
import { call, signIn, startTestKehu, type Session } from '../support/test-kehu';
import {
  documentedRoutes,
  fillPath,
  isWrite,
  registeredRoutes,
  routeKey,
  type Route,
} from '../support/route-table';
import { insertMember, insertOrgWithOwner, strongPassword } from '../factories/accounts';
import { insertFailedJob } from '../factories/jobs';

/** Anyone may call these, signed in or not. Every other route must answer 401 to a stranger. */
const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/v1/setup',
  'POST /api/v1/setup', // first-run onboarding; refused once an organisation exists
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-out', // ends the caller's session, if there is one
  'GET /api/v1/invitations/{token}', // what the invitation link offers, before accepting
  'POST /api/v1/invitations/{token}/accept',
  'GET /api/v1/public/forms/{publicId}', // a lead form as visitors see it
  'POST /api/v1/public/forms/{publicId}/submissions', // rate-limited per address, honeypot, idempotent
]);

/**
 * Writes a read-only user may make: about themselves, or made before signing in. Every other
 * write needs a permission the read-only role lacks, so it must answer 403. Add a route here
 * only if any signed-in person may call it.
 */
const selfServiceWrites = new Set([
  'POST /api/v1/setup',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-out',
  'PATCH /api/v1/me', // own name, language, theme
  'POST /api/v1/me/password', // own password, proven by the current one
  'POST /api/v1/invitations/{token}/accept',
  'POST /api/v1/saved-views', // own private table views; sharing them needs segments.manage
  'PATCH /api/v1/saved-views/{id}', // only the view's owner (or an admin, for shared views)
  'DELETE /api/v1/saved-views/{id}',
  'POST /api/v1/public/forms/{publicId}/submissions', // anyone with a form's link
]);

/** Reads the read-only role may make (its grant is users.read and the *.read of business data). */
const readonlyReads = new Set([
  'GET /api/v1/auth/me',
  'GET /api/v1/org',
  'GET /api/v1/users',
  'GET /api/v1/teams',
  'GET /api/v1/events',
  'GET /api/v1/customers',
  'GET /api/v1/customers/count',
  'GET /api/v1/customers/search',
  'GET /api/v1/customers/{id}',
  'GET /api/v1/customers/{id}/timeline',
  'GET /api/v1/customers/{id}/history',
  'GET /api/v1/custom-fields',
  'GET /api/v1/customer-picklists',
  'GET /api/v1/saved-views',
  'GET /api/v1/segments',
  'GET /api/v1/segments/{id}',
  'GET /api/v1/segments/{id}/sizes',
  'GET /api/v1/customers/duplicates',
  'GET /api/v1/products',
  'GET /api/v1/products/{id}',
  'GET /api/v1/product-categories',
  'GET /api/v1/orders',
  'GET /api/v1/orders/{id}',
  'GET /api/v1/order-channels',
  'GET /api/v1/customers/{id}/purchases',
  'GET /api/v1/customers/{id}/recommendations',
  'GET /api/v1/products/{id}/also-bought',
  'GET /api/v1/products/export',
  ...[
    'kpis',
    'trend',
    'churn',
    'breakdowns',
    'rfm-grid',
    'clv',
    'cohorts',
    'at-risk',
    'win-back',
    'fit-quality',
    'model',
    'settings',
  ].map((chart) => `GET /api/v1/analytics/${chart}`),
]);

/** Streams until the client leaves, so it is called only where it must refuse at once. */
const streaming = new Set(['GET /api/v1/events']);

/** Registered but kept out of the OpenAPI document; all public, none reads or writes data. */
const isHidden = (method: string, path: string) =>
  (method === 'GET' && path === '/api/openapi.json') || // the document itself
  (method === 'GET' && path.startsWith('/api/docs')) || // Swagger UI pages
  (method === 'GET' && !path.startsWith('/api/')); // the web app's files and its index.html fallback

const keyOf = (r: Route) => `${r.method} ${r.path}`;

describe.each(databaseKinds)('route table on %s', (kind) => {
  let kehu: Kehu;
  let routes: Route[];
  let owner: Session;
  let readonly: Session;
  let ids: Record<string, string>;

  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    routes = await documentedRoutes(kehu);
    owner = await insertOrgWithOwner(kehu);
    readonly = await insertMember(kehu, owner, 'readonly');
    const sales = await insertMember(kehu, owner, 'sales');
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'Target' })).json();
    const key = (
      await call(kehu, owner, 'POST', '/api/v1/api-keys', { name: 'Target', role: 'sales' })
    ).json();
    const invitation = (
      await call(kehu, owner, 'POST', '/api/v1/invitations', { email: 'target@example.com', role: 'sales' })
    ).json();
    ids = {
      users: sales.me.user.id,
      teams: team.id,
      'api-keys': key.apiKey.id,
      invitations: invitation.invitation.id,
      jobs: await insertFailedJob(kehu, owner.me.org.id),
    };
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('documents every registered route in OpenAPI, apart from a few known public pages', () => {
    const documented = new Set(routes.map((r) => routeKey(r.method, r.path)));
    const registered = registeredRoutes(kehu);
    const undocumented = registered.filter(
      (r) => !documented.has(routeKey(r.method, r.path)) && !isHidden(r.method, r.path),
    );
    expect(undocumented).toEqual([]);
    const registeredKeys = new Set(registered.map((r) => routeKey(r.method, r.path)));
    expect(routes.filter((r) => !registeredKeys.has(routeKey(r.method, r.path)))).toEqual([]);
    expect(routes.length).toBeGreaterThan(25);
    for (const key of [...publicRoutes, ...selfServiceWrites, ...readonlyReads])
      expect(routes.map(keyOf)).toContain(key);
  });

  it('answers 401 without credentials, or with forged ones, on every route that is not public', async () => {
    const problems: string[] = [];
    const forged = [{}, { authorization: 'Bearer kehu_abcdefgh_forged' }, { cookie: 'kehu_session=forged' }];
    for (const route of routes) {
      const url = fillPath(route.path, ids);
      for (const headers of publicRoutes.has(keyOf(route)) ? [{}] : forged) {
        const res = await kehu.app.inject({ method: route.method, url, headers });
        const expected = publicRoutes.has(keyOf(route)) ? res.statusCode !== 401 : res.statusCode === 401;
        if (!expected) problems.push(`${keyOf(route)} ${JSON.stringify(headers)} → ${res.statusCode}`);
        else if (res.statusCode === 401) expect(res.json().error.code).toBe('UNAUTHENTICATED');
      }
    }
    for (const url of ['/api/openapi.json', '/api/docs', '/']) {
      const res = await kehu.app.inject({ method: 'GET', url });
      if (res.statusCode === 401 || res.statusCode >= 500) problems.push(`GET ${url} → ${res.statusCode}`);
    }
    expect(problems).toEqual([]);
  });

  const ownersView = async () => {
    const lists: unknown[] = [];
    for (const url of [
      '/api/v1/users',
      '/api/v1/teams',
      '/api/v1/api-keys',
      '/api/v1/invitations',
      '/api/v1/org',
    ]) {
      lists.push((await call(kehu, owner, 'GET', url)).json());
    }
    return lists;
  };

  it('refuses every write to a read-only user with 403 unless it is a self-service route', async () => {
    const problems: string[] = [];
    // Signing out would end the session the rest of the sweep uses, so it gets one of its own.
    const leaving = await signIn(kehu, readonly.me.user.email, strongPassword);
    const before = await ownersView();
    for (const route of routes.filter((r) => isWrite(r.method))) {
      const session = keyOf(route) === 'POST /api/v1/auth/sign-out' ? leaving : readonly;
      const res = await call(kehu, session, route.method, fillPath(route.path, ids));
      if (selfServiceWrites.has(keyOf(route))) {
        if ([401, 403].includes(res.statusCode))
          problems.push(`${keyOf(route)} is self-service but → ${res.statusCode}`);
      } else if (
        res.statusCode !== 403 ||
        !/does not allow this \(needs [\w.]+\)/.test(res.json().error.message)
      ) {
        problems.push(`${keyOf(route)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await ownersView()).toEqual(before);
  });

  it('lets a read-only user read only its profile, the organisation and its people', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET' && !streaming.has(keyOf(r)))) {
      const res = await call(kehu, readonly, 'GET', fillPath(route.path, ids));
      const allowed = readonlyReads.has(keyOf(route)) || publicRoutes.has(keyOf(route));
      if (allowed ? [401, 403].includes(res.statusCode) : res.statusCode !== 403)
        problems.push(`${keyOf(route)} → ${res.statusCode}`);
    }
    expect(problems).toEqual([]);
  });
});
