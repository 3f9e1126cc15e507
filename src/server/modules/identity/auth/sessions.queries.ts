import type { Insertable, Kysely } from 'kysely';
import type { DB, SessionsTable } from '../../../db/schema';

export const insertSession = (db: Kysely<DB>, session: Insertable<SessionsTable>) =>
  db.insertInto('sessions').values(session).execute();

/** The session with its user and organisation, by the hash of the cookie's token. */
export const findSessionWithUser = (db: Kysely<DB>, sessionId: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (j) => j.onRef('u.org_id', '=', 's.org_id').onRef('u.id', '=', 's.user_id'))
    .select([
      's.org_id',
      's.id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.name',
      'u.role',
      'u.team_id',
      'u.status',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();

export const touchSession = (db: Kysely<DB>, orgId: string, sessionId: string) =>
  db
    .updateTable('sessions')
    .set({ last_seen_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', sessionId)
    .execute();

export const deleteSession = (db: Kysely<DB>, sessionId: string) =>
  db.deleteFrom('sessions').where('id', '=', sessionId).execute();

export const deleteUserSessions = (
  db: Kysely<DB>,
  orgId: string,
  userId: string,
  exceptSessionId?: string,
) => {
  let q = db.deleteFrom('sessions').where('org_id', '=', orgId).where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  return q.execute();
};
