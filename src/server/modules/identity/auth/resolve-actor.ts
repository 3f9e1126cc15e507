import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { assignableRoles, type Role } from '../../../../shared/permissions';
import type { Deps } from '../../../platform/deps';
import { hashSecret } from '../../../platform/ids';
import type { ResolveActor } from '../../../platform/http/access-plugin';
import { findSessionWithUser, touchSession, deleteSession } from './sessions.queries';
import { SESSION_COOKIE } from './session-cookie';

const TOUCH_EVERY_MS = 60_000;

/** Finds who is calling: an API key in `Authorization: Bearer`, else the session cookie. */
export const createActorResolver = (deps: Deps): ResolveActor => {
  const fromApiKey = async (secret: string) => {
    const key = await deps.db
      .selectFrom('api_keys as k')
      .innerJoin('users as u', (j) => j.onRef('u.org_id', '=', 'k.org_id').onRef('u.id', '=', 'k.created_by'))
      .select([
        'k.org_id',
        'k.id',
        'k.name',
        'k.role',
        'k.revoked_at',
        'k.last_used_at',
        'u.id as user_id',
        'u.status',
        'u.role as creator_role',
      ])
      .where('k.key_hash', '=', hashSecret(secret))
      .executeTakeFirst();
    // A key is worth no more than its creator: it stops working when they are deactivated or
    // lose the right to hand out its role.
    if (!key || key.revoked_at || key.status !== 'active') return null;
    if (!assignableRoles(key.creator_role as Role).includes(key.role as Role)) return null;
    if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > TOUCH_EVERY_MS) {
      await sql`UPDATE api_keys SET last_used_at = now() WHERE org_id = ${key.org_id} AND id = ${key.id}`.execute(
        deps.db,
      );
    }
    return {
      actor: {
        type: 'api_key' as const,
        orgId: key.org_id,
        userId: key.user_id,
        apiKeyId: key.id,
        teamId: null,
        role: key.role as Role,
        name: `API key ${key.name}`,
        requestId: null,
        ip: null,
      },
      credentials: { kind: 'api_key' as const },
    };
  };

  const fromSession = async (token: string) => {
    const id = hashSecret(token);
    const s = await findSessionWithUser(deps.db, id);
    if (!s) return null;
    const now = Date.now();
    const idleLimit = s.last_seen_at.getTime() + deps.config.sessionIdleMinutes * 60_000;
    if (s.expires_at.getTime() <= now || idleLimit <= now || s.status !== 'active') {
      await deleteSession(deps.db, id);
      return null;
    }
    if (now - s.last_seen_at.getTime() > TOUCH_EVERY_MS) await touchSession(deps.db, s.org_id, id);
    return {
      actor: {
        type: 'user' as const,
        orgId: s.org_id,
        userId: s.user_id,
        apiKeyId: null,
        teamId: s.team_id,
        role: s.role as Role,
        name: s.name,
        requestId: null,
        ip: null,
      },
      credentials: { kind: 'session' as const, sessionId: id, csrfToken: s.csrf_token },
    };
  };

  return async (req: FastifyRequest) => {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return fromApiKey(auth.slice(7).trim());
    const token = req.cookies?.[SESSION_COOKIE];
    return token ? fromSession(token) : null;
  };
};
