import type { LightMyRequestResponse } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../src/server/kehu';
import { databaseKinds } from '../support/test-database';
import { call, startTestKehu, type Session } from '../support/test-kehu';
import { documentedRoutes, fillPath, type Route } from '../support/route-table';
import { insertOrgWithOwner, makeSetup, strongPassword } from '../factories/accounts';
import { defaultAnalyticsSettings } from '../../src/shared/contracts/analytics';

/** A body each route would accept, so one wrong field at a time is the only thing wrong. */
const validBodies: Record<string, object> = {
  'POST /api/v1/setup': makeSetup(),
  'POST /api/v1/auth/sign-in': { email: 'someone@example.com', password: strongPassword },
  'PATCH /api/v1/me': { name: 'Lin Yue' },
  'POST /api/v1/me/password': { currentPassword: strongPassword, newPassword: 'Quiet-Lantern-77' },
  'PATCH /api/v1/org': { name: 'Tea House', version: 1 },
  'PATCH /api/v1/users/{id}': { name: 'Lin Yue', version: 1 },
  'POST /api/v1/invitations': { email: 'new@example.com', role: 'sales' },
  'POST /api/v1/invitations/{token}/accept': { name: 'Lin Yue', password: strongPassword },
  'POST /api/v1/teams': { name: 'North' },
  'PATCH /api/v1/teams/{id}': { name: 'North', version: 1 },
  'POST /api/v1/api-keys': { name: 'Sync', role: 'readonly' },
  'POST /api/v1/customers': { name: '张三', phones: [{ number: '13800138000' }] },
  'POST /api/v1/customers/duplicates-check': { name: '张三' },
  'POST /api/v1/customers/bulk': {
    ids: ['00000000-0000-7000-8000-000000000000'],
    action: { type: 'delete' },
  },
  'PATCH /api/v1/customers/{id}': { name: '张三', version: 1 },
  'POST /api/v1/custom-fields': { key: 'vip_level', label: 'VIP level', type: 'text' },
  'PATCH /api/v1/custom-fields/{id}': { label: 'VIP level', version: 1 },
  'PUT /api/v1/customer-picklists/{list}': { items: [{ key: 'vip' }] },
  'POST /api/v1/import-templates': { name: 'Trade fair list', mapping: { 姓名: 'name' } },
  'POST /api/v1/imports/{id}/start': { mapping: { 姓名: 'name' }, dryRun: true },
  'POST /api/v1/saved-views': { name: 'Big spenders', definition: { columns: [{ key: 'name' }] } },
  'PATCH /api/v1/saved-views/{id}': { name: 'Big spenders', version: 1 },
  'POST /api/v1/segments': { name: 'VIP', filter: { field: 'tags', op: 'has_any', value: ['vip'] } },
  'PATCH /api/v1/segments/{id}': { name: 'VIP', version: 1 },
  'POST /api/v1/customers/duplicates/dismissals': {
    customerIds: ['00000000-0000-7000-8000-000000000000', '00000000-0000-7000-8000-000000000001'],
  },
  'POST /api/v1/customers/merge': {
    survivorId: '00000000-0000-7000-8000-000000000000',
    mergedIds: ['00000000-0000-7000-8000-000000000001'],
    fields: { name: '00000000-0000-7000-8000-000000000001' },
    versions: { '00000000-0000-7000-8000-000000000000': 1, '00000000-0000-7000-8000-000000000001': 1 },
  },
  'POST /api/v1/web-forms': {
    name: 'Tea tasting sign-up',
    fields: [
      { field: 'name', label: 'Name', required: true },
      { field: 'phone', label: 'Phone', required: true },
    ],
  },
  'PATCH /api/v1/web-forms/{id}': { name: 'Tea tasting sign-up', version: 1 },
  'POST /api/v1/products': { sku: 'LJ-01', name: '龙井' },
  'PATCH /api/v1/products/{id}': { name: '龙井', version: 1 },
  'POST /api/v1/product-categories': { name: '茶叶' },
  'PATCH /api/v1/product-categories/{id}': { name: '茶叶', version: 1 },
  'POST /api/v1/orders': {
    customerId: '00000000-0000-7000-8000-000000000000',
    channel: 'online_store',
    lines: [{ sku: 'LJ-01', quantity: 1 }],
  },
  'PATCH /api/v1/orders/{id}': { version: 1, note: 'Gift wrap' },
  'POST /api/v1/orders/{id}/refunds': { lines: [{ lineNo: 1, quantity: 1 }] },
  'PUT /api/v1/order-channels': { items: [{ key: 'online_store', label: null }] },
  'POST /api/v1/demo': { customers: 100 },
  'PUT /api/v1/analytics/settings': { ...defaultAnalyticsSettings, version: 1 },
  'POST /api/v1/order-imports/{id}/start': { mapping: { InvoiceNo: 'orderId' } },
  'POST /api/v1/public/forms/{publicId}/submissions': {
    values: { name: '张三', phone: '13800138000' },
    consent: true,
    website: '',
    idempotencyKey: '0b7e4c1e-5a6f-4b8e-9d2a-3c1f0e9a7b6d',
  },
};

/** A field for which `{}` is a fine value: free-form (custom values, a filter tree) or an object with nothing required. */
const acceptsEmptyObject = (schema: OpenAPIV3.SchemaObject) =>
  (!schema.type && !schema.anyOf && !schema.oneOf && !schema.allOf) ||
  (schema.type === 'object' && !schema.required?.length);

const keyOf = (r: Route) => `${r.method} ${r.path}`;
const issuePaths = (res: LightMyRequestResponse): string[] =>
  (res.json().error.details?.issues ?? []).map((i: { path: string }) => i.path);

/** Why a response is not a clean client error with a message a person can act on, or null if it is. */
const notACleanError = (res: LightMyRequestResponse, status?: number): string | null => {
  if (status ? res.statusCode !== status : res.statusCode < 400 || res.statusCode >= 500)
    return `status ${res.statusCode}`;
  try {
    const { error } = res.json();
    if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.message.trim())
      return 'no error code or message';
  } catch {
    return `body is not JSON: ${res.body.slice(0, 80)}`;
  }
  return null;
};

describe.each(databaseKinds)('bad input on %s', (kind) => {
  let kehu: Kehu;
  let routes: Route[];
  let owner: Session;
  let ids: Record<string, string>;

  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    routes = await documentedRoutes(kehu);
    owner = await insertOrgWithOwner(kehu);
    const team = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'Real' })).json();
    ids = { users: owner.me.user.id, teams: team.id };
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const send = (route: Route, opts: { payload?: string | object; contentType?: string; url?: string } = {}) =>
    kehu.app.inject({
      method: route.method,
      url: opts.url ?? fillPath(route.path, ids),
      payload: opts.payload as never,
      headers: {
        cookie: owner.cookie,
        'x-csrf-token': owner.csrf,
        ...(opts.contentType ? { 'content-type': opts.contentType } : {}),
      },
    });

  const bodyRoutes = () => routes.filter((r) => r.body);

  it('keeps a valid sample body for every route that takes one', () => {
    expect(bodyRoutes().map(keyOf).sort()).toEqual(Object.keys(validBodies).sort());
  });

  it('answers malformed, mistyped, unknown, missing, oversized and non-JSON bodies with a clean 4xx', async () => {
    const problems: string[] = [];
    const check = (label: string, res: LightMyRequestResponse, status: number, extra?: string | null) => {
      const problem = notACleanError(res, status) ?? extra ?? null;
      if (problem) problems.push(`${label}: ${problem}`);
    };
    for (const route of bodyRoutes()) {
      const key = keyOf(route);
      const fields = Object.keys(route.body!);
      check(
        `${key} malformed JSON`,
        await send(route, { payload: '{"a":', contentType: 'application/json' }),
        400,
      );

      const mistyped = await send(route, { payload: Object.fromEntries(fields.map((f) => [f, {}])) });
      const named = (f: string) =>
        issuePaths(mistyped).some((p) => p === `body.${f}` || p.startsWith(`body.${f}.`));
      const unnamed = fields.filter((f) => !acceptsEmptyObject(route.body![f]!) && !named(f));
      check(
        `${key} every field an object`,
        mistyped,
        400,
        unnamed.length ? `issues do not name ${unnamed.join(', ')}` : null,
      );

      const unknown = await send(route, { payload: { ...validBodies[key], unexpectedField: 1 } });
      check(
        `${key} unknown field`,
        unknown,
        400,
        unknown.body.includes('unexpectedField') ? null : 'does not name the field',
      );

      check(`${key} no body`, await send(route), 400);
      check(
        `${key} empty JSON body`,
        await send(route, { payload: '', contentType: 'application/json' }),
        400,
      );
      check(
        `${key} form body`,
        await send(route, { payload: 'name=x', contentType: 'application/x-www-form-urlencoded' }),
        400,
      );
      const huge = JSON.stringify({ ...validBodies[key], name: 'x'.repeat(2 * 1024 * 1024) });
      check(`${key} 2 MB body`, await send(route, { payload: huge, contentType: 'application/json' }), 413);
    }
    expect(problems).toEqual([]);
  });

  it('answers numbers beyond what the database stores with a clean 4xx, never 500', async () => {
    const problems: string[] = [];
    for (const route of bodyRoutes()) {
      const numeric = Object.entries(route.body!).filter(
        ([, s]) => s.type === 'integer' || s.type === 'number',
      );
      for (const [field] of numeric) {
        for (const value of [2 ** 31, -(2 ** 31) - 1, 2 ** 53]) {
          const res = await send(route, { payload: { ...validBodies[keyOf(route)], [field]: value } });
          const problem = notACleanError(res);
          if (problem) problems.push(`${keyOf(route)} ${field}=${value}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect((await call(kehu, owner, 'GET', '/api/v1/org')).json().version).toBe(1);
  });

  it('answers repeated, unknown and out-of-range query parameters with 400 naming them', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.queryParams.length)) {
      const base = fillPath(route.path, ids);
      const repeated = await send(route, {
        url: `${base}?${route.queryParams.map((p) => `${p}=a&${p}=b`).join('&')}`,
      });
      const unnamed = route.queryParams.filter((p) => !issuePaths(repeated).includes(`querystring.${p}`));
      if (notACleanError(repeated, 400) || unnamed.length)
        problems.push(`${keyOf(route)} repeated: ${repeated.statusCode} ${unnamed}`);
      const unknown = await send(route, { url: `${base}?unexpectedParam=1` });
      if (notACleanError(unknown, 400) || !unknown.body.includes('unexpectedParam'))
        problems.push(`${keyOf(route)} unknown param`);
      for (const limit of ['0', '-1', '201', '1.5', '99999999999', 'ten']) {
        if (!route.queryParams.includes('limit')) break;
        const res = await send(route, { url: `${base}?limit=${limit}` });
        if (notACleanError(res, 400)) problems.push(`${keyOf(route)} limit=${limit}: ${res.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers a cursor it did not hand out with 400', async () => {
    const encode = (v: string) => Buffer.from(v).toString('base64url');
    const forged = [
      'garbage',
      encode('[123]'),
      encode('["not-an-id"]'),
      encode('[{}]'),
      encode('[null]'),
      encode('"x"'),
      encode('[1,2]'),
    ];
    const problems: string[] = [];
    const paged = routes.filter((r) => r.queryParams.includes('cursor'));
    expect(paged.length).toBeGreaterThan(0);
    for (const route of paged) {
      for (const cursor of forged) {
        const res = await send(route, { url: `${fillPath(route.path, ids)}?cursor=${cursor}` });
        if (notACleanError(res, 400)) problems.push(`${keyOf(route)} cursor=${cursor}: ${res.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers path ids that are not UUIDs, and malformed tokens, with 400 naming the parameter', async () => {
    const problems: string[] = [];
    const bad = { id: ['not-a-uuid', '123', encodeURIComponent("' OR 1=1 --")], token: ['short'] };
    for (const route of routes.filter((r) => r.pathParams.length)) {
      for (const param of route.pathParams) {
        for (const value of bad[param as keyof typeof bad] ?? ['not-a-uuid']) {
          const res = await send(route, {
            url: fillPath(route.path.replace(`{${param}}`, value), ids),
            payload: validBodies[keyOf(route)],
          });
          if (notACleanError(res, 400) || !issuePaths(res).includes(`params.${param}`)) {
            problems.push(`${keyOf(route)} ${param}=${value}: ${res.statusCode} ${res.body.slice(0, 100)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers a path segment too long to route, or broken percent-encoding, with a clean 4xx', async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.pathParams.length)) {
      for (const value of ['x'.repeat(101), '%E0%A4%A']) {
        const url = fillPath(route.path.replace(`{${route.pathParams[0]}}`, value), ids);
        const problem = notACleanError(await send(route, { url, payload: validBodies[keyOf(route)] }));
        if (problem) problems.push(`${keyOf(route)} ${value.slice(0, 10)}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
