import { randomBytes, randomUUID } from 'node:crypto';
import type { OpenAPIV3 } from 'openapi-types';
import type { Kehu } from '../../src/server/kehu';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One documented operation, with what it accepts. */
export type Route = {
  method: Method;
  /** OpenAPI style, e.g. /api/v1/users/{id}. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Properties of the JSON body schema; null when the route takes no body. */
  body: Record<string, OpenAPIV3.SchemaObject> | null;
};

const methods: Method[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** Every operation in GET /api/openapi.json. */
export const documentedRoutes = async (kehu: Kehu): Promise<Route[]> => {
  const doc = (await kehu.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenAPIV3.Document>();
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const op = item?.[method.toLowerCase() as OpenAPIV3.HttpMethods];
      if (!op) return [];
      const params = (op.parameters ?? []) as OpenAPIV3.ParameterObject[];
      const named = (where: string) => params.filter((p) => p.in === where).map((p) => p.name);
      const schema = (op.requestBody as OpenAPIV3.RequestBodyObject | undefined)?.content['application/json']
        ?.schema;
      const body = schema ? ((schema as OpenAPIV3.SchemaObject).properties ?? {}) : null;
      return [{ method, path, pathParams: named('path'), queryParams: named('query'), body } as Route];
    }),
  );
};

/**
 * Every method and path Fastify has registered, read from `printRoutes`, which draws the router
 * as a tree whose lines each add one segment to their parent's path. HEAD routes are left out.
 */
export const registeredRoutes = (kehu: Kehu): { method: string; path: string }[] => {
  const stack: string[] = [];
  const routes: { method: string; path: string }[] = [];
  for (const line of kehu.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^(.*?)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = [...m[1]!].length / 4;
    const path = (depth > 0 ? stack[depth - 1]! : '') + m[2]!;
    stack[depth] = path;
    for (const method of m[3]?.split(', ') ?? []) if (method !== 'HEAD') routes.push({ method, path });
  }
  return routes;
};

/** `/users/{id}` and `/users/:id|:token` both become `/users/{}`, so the two lists compare. */
export const routeKey = (method: string, path: string) =>
  `${method} ${path.replace(/\{[^}]+\}/g, '{}').replace(/:[\w]+(\|:[\w]+)*/g, '{}')}`;

/** A path param that passes validation: a real id where the test has one for that resource, else a fresh UUID. */
export const fillPath = (path: string, ids: Record<string, string> = {}) =>
  path.replace(/\/([\w-]+)\/\{(\w+)\}/g, (_, resource: string, param: string) => {
    if (param === 'token') return `/${resource}/${randomBytes(24).toString('base64url')}`;
    if (param === 'list') return `/${resource}/category`;
    return `/${resource}/${ids[resource] ?? randomUUID()}`;
  });

export const isWrite = (method: string) => method !== 'GET';
