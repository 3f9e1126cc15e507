import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, SavedViewsTable } from '../../../db/schema';

export type SavedViewRow = Selectable<SavedViewsTable> & { owner_name: string | null };

/** Who is asking: views are seen by their owner, by the owner's team (team views) or by everyone (org views). */
export type ViewReader = { orgId: string; userId: string; teamId: string | null };

const withOwner = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('saved_views as v')
    .leftJoin('users as u', (join) =>
      join.onRef('u.org_id', '=', 'v.org_id').onRef('u.id', '=', 'v.owner_id'),
    )
    .selectAll('v')
    .select('u.name as owner_name')
    .where('v.org_id', '=', orgId);

/** The views a reader may see: their own, their team's and the organisation's, by name. */
export const listVisibleViewRows = (db: Kysely<DB>, reader: ViewReader): Promise<SavedViewRow[]> =>
  withOwner(db, reader.orgId)
    .where((eb) =>
      eb.or([
        eb('v.owner_id', '=', reader.userId),
        eb('v.visibility', '=', 'org'),
        ...(reader.teamId
          ? [eb.and([eb('v.visibility', '=', 'team'), eb('v.team_id', '=', reader.teamId)])]
          : []),
      ]),
    )
    .orderBy(sql`lower(v.name)`)
    .orderBy('v.id')
    .execute();

export const findViewRow = (db: Kysely<DB>, orgId: string, id: string) =>
  withOwner(db, orgId).where('v.id', '=', id).executeTakeFirst();

export const insertViewRow = (
  db: Kysely<DB>,
  row: {
    orgId: string;
    id: string;
    name: string;
    ownerId: string;
    visibility: string;
    teamId: string | null;
    definition: Record<string, unknown>;
  },
) =>
  db
    .insertInto('saved_views')
    .values({
      org_id: row.orgId,
      id: row.id,
      name: row.name,
      owner_id: row.ownerId,
      visibility: row.visibility,
      team_id: row.teamId,
      definition: JSON.stringify(row.definition),
    })
    .execute();

/** Returns false when the version is stale (or the view is gone). */
export const updateViewRow = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  version: number,
  set: { name: string; visibility: string; teamId: string | null; definition: Record<string, unknown> },
): Promise<boolean> => {
  const done = await db
    .updateTable('saved_views')
    .set({
      name: set.name,
      visibility: set.visibility,
      team_id: set.teamId,
      definition: JSON.stringify(set.definition),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
};

export const deleteViewRow = (db: Kysely<DB>, orgId: string, id: string) =>
  db.deleteFrom('saved_views').where('org_id', '=', orgId).where('id', '=', id).execute();

/** Whether a live segment with this id exists in the organisation. */
export const segmentExists = async (db: Kysely<DB>, orgId: string, id: string) =>
  !!(await db
    .selectFrom('segments')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst());
