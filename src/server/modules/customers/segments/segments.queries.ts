import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, SegmentsTable } from '../../../db/schema';

export type SegmentRow = Selectable<SegmentsTable>;

const live = (db: Kysely<DB>, orgId: string) =>
  db.selectFrom('segments').selectAll().where('org_id', '=', orgId).where('deleted_at', 'is', null);

export const listSegmentRows = (db: Kysely<DB>, orgId: string): Promise<SegmentRow[]> =>
  live(db, orgId)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();

export const findSegmentRow = (db: Kysely<DB>, orgId: string, id: string) =>
  live(db, orgId).where('id', '=', id).executeTakeFirst();

/** Another live segment already has this name, ignoring case (the unique index does the same). */
export const segmentNameTaken = async (db: Kysely<DB>, orgId: string, name: string, exceptId?: string) =>
  !!(await live(db, orgId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst());

export const insertSegmentRow = (
  db: Kysely<DB>,
  row: {
    org_id: string;
    id: string;
    name: string;
    description: string | null;
    filter: unknown;
    created_by: string | null;
  },
) =>
  db
    .insertInto('segments')
    .values({ ...row, filter: JSON.stringify(row.filter) })
    .execute();

/** Writes a new version if `version` is still current; returns false when it was stale. */
export const updateSegmentRow = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  version: number,
  set: { name: string; description: string | null; filter: unknown },
) => {
  const done = await db
    .updateTable('segments')
    .set({
      name: set.name,
      description: set.description,
      filter: JSON.stringify(set.filter),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
};

export const softDeleteSegmentRow = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .updateTable('segments')
    .set({ deleted_at: sql`now()`, updated_at: sql`now()`, version: sql`version + 1` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .execute();

/** Every live segment of every organisation, for the daily size job. */
export const listAllLiveSegments = (db: Kysely<DB>) =>
  db
    .selectFrom('segments')
    .select(['org_id', 'id', 'filter'])
    .where('deleted_at', 'is', null)
    .orderBy('org_id')
    .orderBy('id')
    .execute();

/**
 * Today's size of a segment; "today" is the date in the organisation's time zone. Running it
 * again the same day overwrites the figure, so the job is idempotent.
 */
export const upsertSegmentSize = (db: Kysely<DB>, orgId: string, segmentId: string, size: number) =>
  sql`
    INSERT INTO segment_sizes (org_id, segment_id, day, size)
    SELECT o.id, ${segmentId}, (now() AT TIME ZONE o.time_zone)::date, ${size}
    FROM orgs o WHERE o.id = ${orgId}
    ON CONFLICT (org_id, segment_id, day) DO UPDATE SET size = excluded.size
  `.execute(db);

/** Daily sizes of the last `days` days (today included), oldest first. */
export const listSegmentSizes = (db: Kysely<DB>, orgId: string, segmentId: string, days: number) =>
  db
    .selectFrom('segment_sizes as s')
    .innerJoin('orgs as o', 'o.id', 's.org_id')
    .select(['s.day', 's.size'])
    .where('s.org_id', '=', orgId)
    .where('s.segment_id', '=', segmentId)
    .where(sql<boolean>`s.day > (now() AT TIME ZONE o.time_zone)::date - ${days}::int`)
    .orderBy('s.day')
    .execute();
