import type { Permission } from '../../../shared/permissions';
import type { Actor } from '../actor';

/**
 * What a route needs: `public` (anyone), `signed-in` (any user or API key, for one's own
 * profile), or a permission from the role table.
 */
export type RouteAccess = 'public' | 'signed-in' | Permission;

/** How the request was authenticated; cookie sessions must also prove CSRF on writes. */
export type Credentials =
  { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'api_key' } | null;

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    actor: Actor | null;
    credentials: Credentials;
  }
}
