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
 * read the organisation-wide figures the refresh precomputed; everyone else gets the same
 * figures computed on the fly over exactly the customers they may see, so nothing leaks.
 */
export type DashboardScope = {
  orgId: string;
  orgWide: boolean;
  /** `SELECT c.id, c.created_at …`: the customers in scope. */
  customers: RawBuilder<unknown>;
  /** `FROM … WHERE …` over the list aliases c, r, co, u and s (inner-joined scores); see orgScope. */
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

/**
 * The whole organisation, as the refresh precomputes it. Its `scored` reads the scores alone
 * (alias s only): after a refresh they hold exactly the customers in the table.
 */
export const orgScope = (orgId: string): DashboardScope => ({
  orgId,
  orgWide: true,
  customers: allCustomers(orgId),
  scored: sql`customer_scores s WHERE s.org_id = ${orgId}`,
  base: [],
});
