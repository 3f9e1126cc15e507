import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { systemActor } from '../../../platform/actor';
import { selectionConditions } from '../../customers/index';
import { customersWhere } from '../dashboard/dashboard-scope';

/** A saved segment, its filter tree and its customers' ids at the time of reading. */
export type SegmentMembers = { id: string; filter: unknown; ids: string[] };

/**
 * Every saved segment of the organisation with its customers, selected as the customer table
 * selects them (so after the scores are written, by the new scores). A segment whose filter no
 * longer compiles (a custom field since deleted) is left out: its dashboard says why on the fly.
 */
export const readSegmentMembers = async (db: Kysely<DB>, orgId: string): Promise<SegmentMembers[]> => {
  const segments = await db
    .selectFrom('segments')
    .select(['id', 'filter'])
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const members: SegmentMembers[] = [];
  for (const segment of segments) {
    const where = await selectionConditions(db, systemActor(orgId), { segmentId: segment.id }).catch(
      (error: unknown) => {
        if (error instanceof AppError) return null;
        throw error;
      },
    );
    if (!where) continue;
    const { rows } = await sql<{ id: string }>`
      SELECT sc.id FROM (${customersWhere(orgId, sql.join(where, sql` AND `))}) sc`.execute(db);
    members.push({ id: segment.id, filter: segment.filter, ids: rows.map((r) => r.id) });
  }
  return members;
};
