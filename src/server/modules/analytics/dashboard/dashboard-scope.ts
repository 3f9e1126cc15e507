import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DashboardQuery } from '../../../../shared/contracts/analytics';
import { AppError } from '../../../../shared/errors';
import type { FilterNode } from '../../../../shared/filter/filter';
import { roleGrants } from '../../../../shared/permissions';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { selectionConditions } from '../../customers/index';

/**
 * Which customers a dashboard answer covers. Callers who see every customer and set no filter
 * read the organisation-wide figures the refresh precomputed; callers who see only some
 * customers, or filter by owner or channel, read the sums of the precomputed slices (customers
 * sharing owner, team and preferred channel) that make up exactly the customers they may see;
 * a segment reads its own slices likewise when the last refresh precomputed it with its current
 * filter, and is computed on the fly over exactly its customers the caller may see when it was
 * created or edited since. Either way nothing leaks.
 */
export type DashboardScope = {
  orgId: string;
  orgWide: boolean;
  /**
   * `SELECT slice_no …`: the precomputed slices (0 = everyone) whose figures add up to this
   * scope's, as of the last refresh; null when they must be computed on the fly (a segment
   * created or edited since).
   */
  slices: RawBuilder<unknown> | null;
  /** `SELECT c.id, c.created_at …`: the customers in scope. */
  customers: RawBuilder<unknown>;
  /** `FROM … WHERE …` over the list aliases c, r, co, u and s (inner-joined scores). */
  scored: RawBuilder<unknown>;
  /** What every click-through filter starts with: the segment's tree, owner, channel. */
  base: FilterNode[];
};

/** Every customer in the table (not in the bin, not merged away). */
export const allCustomers = (orgId: string) =>
  sql`SELECT c.id, c.created_at FROM customers c
      WHERE c.org_id = ${orgId} AND c.deleted_at IS NULL AND c.merged_into IS NULL`;

/** `SELECT c.id, c.created_at …` of the customers meeting `conditions` (aliases c, r, co and s, as in the customer list). */
export const customersWhere = (orgId: string, conditions: RawBuilder<unknown>) =>
  sql`SELECT c.id, c.created_at FROM customers c
      JOIN customer_rollups r ON r.org_id = c.org_id AND r.customer_id = c.id
      LEFT JOIN customers co ON co.org_id = c.org_id AND co.id = c.company_id
      LEFT JOIN customer_scores s ON s.org_id = c.org_id AND s.customer_id = c.id
      WHERE c.org_id = ${orgId} AND ${conditions}`;

const listFrom = (orgId: string) => sql`
  customers c
  JOIN customer_rollups r ON r.org_id = c.org_id AND r.customer_id = c.id
  LEFT JOIN customers co ON co.org_id = c.org_id AND co.id = c.company_id
  JOIN customer_scores s ON s.org_id = c.org_id AND s.customer_id = c.id
  LEFT JOIN users u ON u.org_id = c.org_id AND u.id = c.owner_id
  WHERE c.org_id = ${orgId}`;

/**
 * The slices whose customers meet `conditions` — the same visibility, owner and channel
 * conditions the customer table applies, read against each slice's owner, team and channel
 * (aliases c and r as in the customer list) — among the organisation's slices, or a segment's.
 * Conditions on anything else fail loudly here rather than silently select the wrong slices.
 */
const slicesWhere = (orgId: string, segmentId: string | null, conditions: RawBuilder<unknown>) => sql`
  SELECT c.slice_no FROM (
    SELECT slice_no, owner_id, team_id, preferred_channel,
           NULL::uuid AS merged_into, NULL::timestamptz AS deleted_at
    FROM analytics_slices WHERE org_id = ${orgId} AND segment_id IS NOT DISTINCT FROM ${segmentId}::uuid
  ) c CROSS JOIN LATERAL (SELECT c.preferred_channel) r
  WHERE ${conditions}`;

const seesEveryone = (actor: Actor) => actor.type === 'system' || roleGrants[actor.role].scope === 'all';

/** A segment's filter tree, and whether the last refresh precomputed it with this very filter. */
const readSegment = async (db: Kysely<DB>, orgId: string, id: string) => {
  const row = await db
    .selectFrom('segments as g')
    .leftJoin('analytics_segments as a', (join) =>
      join.onRef('a.org_id', '=', 'g.org_id').onRef('a.segment_id', '=', 'g.id'),
    )
    .select(['g.filter', sql<boolean>`coalesce(a.filter = g.filter, false)`.as('precomputed')])
    .where('g.org_id', '=', orgId)
    .where('g.id', '=', id)
    .where('g.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Segment ${id} not found`);
  return { tree: row.filter as FilterNode, precomputed: row.precomputed };
};

/** Resolves the dashboard filters for `actor`; throws NOT_FOUND for an unknown segment, INVALID_INPUT for one that no longer compiles. */
export const resolveScope = async (
  db: Kysely<DB>,
  actor: Actor,
  query: Pick<DashboardQuery, 'segmentId' | 'owner' | 'channel'>,
): Promise<DashboardScope> => {
  const segment = query.segmentId ? await readSegment(db, actor.orgId, query.segmentId) : null;
  const own: FilterNode[] = [];
  if (query.owner) own.push({ field: 'owner', op: 'eq', value: query.owner });
  if (query.channel) own.push({ field: 'preferred_channel', op: 'eq', value: query.channel });
  const base: FilterNode[] = [...(segment ? [segment.tree] : []), ...own];
  const orgWide = seesEveryone(actor) && base.length === 0;
  const filter = own.length ? { and: own } : undefined;
  const [where, sliceWhere] = await Promise.all([
    selectionConditions(db, actor, { segmentId: query.segmentId, filter }),
    segment?.precomputed ? selectionConditions(db, actor, { filter }) : null,
  ]);
  const conditions = sql.join(where, sql` AND `);
  const slices = orgWide
    ? sql`SELECT 0`
    : !segment
      ? slicesWhere(actor.orgId, null, conditions)
      : sliceWhere
        ? slicesWhere(actor.orgId, query.segmentId!, sql.join(sliceWhere, sql` AND `))
        : null;
  return {
    orgId: actor.orgId,
    orgWide,
    slices,
    customers: orgWide ? allCustomers(actor.orgId) : customersWhere(actor.orgId, conditions),
    scored: sql`${listFrom(actor.orgId)} AND ${conditions}`,
    base,
  };
};
