import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB, UsersTable } from '../../../db/schema';
import type { User } from '../../../../shared/contracts/users';
import type { Role } from '../../../../shared/permissions';
import { iso, isoOrNull } from '../../../platform/time';

export type UserRow = Selectable<UsersTable>;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  teamId: row.team_id,
  status: row.status as User['status'],
  lastSignInAt: isoOrNull(row.last_sign_in_at),
  createdAt: iso(row.created_at),
  version: row.version,
});

/** Across organisations: an email signs in to exactly one account. */
export const findUserByEmail = (db: Kysely<DB>, email: string) =>
  db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();

export const findUser = (db: Kysely<DB>, orgId: string, id: string) =>
  db.selectFrom('users').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const listUserRows = (db: Kysely<DB>, orgId: string) =>
  db.selectFrom('users').selectAll().where('org_id', '=', orgId).orderBy('name').orderBy('id').execute();

/**
 * Counts the organisation's active owners and locks their rows until the transaction ends, so
 * two owners demoting or deactivating each other at once cannot both pass the last-owner check.
 */
export const lockActiveOwners = async (db: Kysely<DB>, orgId: string): Promise<number> =>
  (
    await db
      .selectFrom('users')
      .select('id')
      .where('org_id', '=', orgId)
      .where('role', '=', 'owner')
      .where('status', '=', 'active')
      .orderBy('id')
      .forUpdate()
      .execute()
  ).length;

export const insertUser = (db: Kysely<DB>, user: Insertable<UsersTable>) =>
  db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();

/** Updates only if `version` is current (pass undefined to skip the check); bumps the version. */
export const updateUserRow = (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Updateable<UsersTable>,
) => {
  let q = db
    .updateTable('users')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('org_id', '=', orgId)
    .where('id', '=', id);
  if (version !== undefined) q = q.where('version', '=', version);
  return q.returningAll().executeTakeFirst();
};

/** Not an edit of the user: neither `version` nor `updated_at` moves, so no one's form goes stale. */
export const recordSignIn = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .updateTable('users')
    .set({ last_sign_in_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();

export const teamExists = async (db: Kysely<DB>, orgId: string, teamId: string): Promise<boolean> =>
  !!(await db
    .selectFrom('teams')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', teamId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst());
