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
 * a segment's figures are computed on the fly over exactly its customers the caller may see.
 * Either way nothing leaks.
 */
export type DashboardScope = {
  orgId: string;
  orgWide: boolean;
  /**
   * `SELECT slice_no …`: the precomputed slices (0 = everyone) whose figures add up to this
   * scope's, as of the last refresh; null when they must be computed on the fly (a segment).
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
 * (aliases c and r as in the customer list). Conditions on anything else fail loudly here
 * rather than silently select the wrong slices.
 */
const slicesWhere = (orgId: string, conditions: RawBuilder<unknown>) => sql`
  SELECT c.slice_no FROM (
    SELECT slice_no, owner_id, team_id, preferred_channel,
           NULL::uuid AS merged_into, NULL::timestamptz AS deleted_at
    FROM analytics_slices WHERE org_id = ${orgId}
  ) c CROSS JOIN LATERAL (SELECT c.preferred_channel) r
  WHERE ${conditions}`;

const seesEveryone = (actor: Actor) => actor.type === 'system' || roleGrants[actor.role].scope === 'all';

const segmentTree = async (db: Kysely<DB>, orgId: string, id: string): Promise<FilterNode> => {
  const row = await db
    .selectFrom('segments')
    .select('filter')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Segment ${id} not found`);
  return row.filter as FilterNode;
};

/** Resolves the dashboard filters for `actor`; throws NOT_FOUND for an unknown segment, INVALID_INPUT for one that no longer compiles. */
export const resolveScope = async (
  db: Kysely<DB>,
  actor: Actor,
  query: Pick<DashboardQuery, 'segmentId' | 'owner' | 'channel'>,
): Promise<DashboardScope> => {
  const base: FilterNode[] = [];
  if (query.segmentId) base.push(await segmentTree(db, actor.orgId, query.segmentId));
  const own: FilterNode[] = [];
  if (query.owner) own.push({ field: 'owner', op: 'eq', value: query.owner });
  if (query.channel) own.push({ field: 'preferred_channel', op: 'eq', value: query.channel });
  base.push(...own);
  const orgWide = seesEveryone(actor) && base.length === 0;
  const where = await selectionConditions(db, actor, {
    segmentId: query.segmentId,
    filter: own.length ? { and: own } : undefined,
  });
  const conditions = sql.join(where, sql` AND `);
  return {
    orgId: actor.orgId,
    orgWide,
    slices: orgWide ? sql`SELECT 0` : query.segmentId ? null : slicesWhere(actor.orgId, conditions),
    customers: orgWide
      ? allCustomers(actor.orgId)
      : sql`SELECT c.id, c.created_at FROM customers c
          JOIN customer_rollups r ON r.org_id = c.org_id AND r.customer_id = c.id
          LEFT JOIN customers co ON co.org_id = c.org_id AND co.id = c.company_id
          LEFT JOIN customer_scores s ON s.org_id = c.org_id AND s.customer_id = c.id
          WHERE c.org_id = ${actor.orgId} AND ${conditions}`,
    scored: sql`${listFrom(actor.orgId)} AND ${conditions}`,
    base,
  };
};
