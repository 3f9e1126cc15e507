import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Team } from '../../../../shared/contracts/teams';
import { iso } from '../../../platform/time';

type TeamRowWithCount = { id: string; name: string; version: number; created_at: Date; member_count: number };

export const toTeam = (row: TeamRowWithCount): Team => ({
  id: row.id,
  name: row.name,
  memberCount: Number(row.member_count),
  createdAt: iso(row.created_at),
  version: row.version,
});

const withCounts = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('teams as t')
    .select(['t.id', 't.name', 't.version', 't.created_at'])
    .select(
      sql<number>`(SELECT count(*) FROM users u WHERE u.org_id = t.org_id AND u.team_id = t.id AND u.status = 'active')`.as(
        'member_count',
      ),
    )
    .where('t.org_id', '=', orgId)
    .where('t.deleted_at', 'is', null);

export const listTeamRows = (db: Kysely<DB>, orgId: string) =>
  withCounts(db, orgId).orderBy('t.name').execute();

export const findTeam = (db: Kysely<DB>, orgId: string, id: string) =>
  withCounts(db, orgId).where('t.id', '=', id).executeTakeFirst();

export const teamNameTaken = async (db: Kysely<DB>, orgId: string, name: string, exceptId?: string) => {
  let q = db
    .selectFrom('teams')
    .select('id')
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .where(sql`lower(name)`, '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  return !!(await q.executeTakeFirst());
};

export const insertTeam = (db: Kysely<DB>, orgId: string, id: string, name: string) =>
  db.insertInto('teams').values({ org_id: orgId, id, name }).execute();

export const renameTeam = (db: Kysely<DB>, orgId: string, id: string, version: number, name: string) =>
  db
    .updateTable('teams')
    .set((eb) => ({ name, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();

/** Soft delete; members keep working without a team, and open invitations no longer join it. */
export const softDeleteTeam = async (db: Kysely<DB>, orgId: string, id: string) => {
  await db
    .updateTable('users')
    .set({ team_id: null })
    .where('org_id', '=', orgId)
    .where('team_id', '=', id)
    .execute();
  await db
    .updateTable('invitations')
    .set({ team_id: null })
    .where('org_id', '=', orgId)
    .where('team_id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
  return db
    .updateTable('teams')
    .set({ deleted_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
};
