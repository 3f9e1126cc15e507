import { sql } from 'kysely';
import type { LifecycleStage } from '../../../../shared/contracts/analytics';
import { gte, isIn, eq, within } from './click-filters';
import { storedSlices, type DashboardContext } from './dashboard-context';

type ListRow = {
  id: string;
  name: string;
  owner_id: string | null;
  owner_name: string | null;
  rfm_segment: string | null;
  value_tier: string | null;
  lifecycle_stage: string;
  p_alive: number | null;
  predicted_clv_cents: number | null;
  historical_clv_cents: number;
  value_at_risk_cents: number | null;
  last_purchase_on: string | null;
};

const toItem = (r: ListRow) => ({
  id: r.id,
  name: r.name,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  rfmSegment: r.rfm_segment,
  valueTier: r.value_tier,
  lifecycleStage: r.lifecycle_stage,
  pAlive: r.p_alive,
  predictedClvCents: r.predicted_clv_cents,
  historicalClvCents: r.historical_clv_cents,
  valueAtRiskCents: r.value_at_risk_cents,
  lastPurchaseOn: r.last_purchase_on,
});

const listRows = (
  c: DashboardContext,
  where: ReturnType<typeof sql>,
  order: ReturnType<typeof sql>,
  limit: number,
) =>
  sql<ListRow>`
    SELECT c.id, c.name, c.owner_id, u.name AS owner_name, s.rfm_segment, s.value_tier, s.lifecycle_stage,
           s.p_alive, s.predicted_clv_cents, s.historical_clv_cents, s.value_at_risk_cents, s.last_purchase_on
    FROM ${c.scope.scored} AND ${where}
    ORDER BY ${order} LIMIT ${limit}`
    .execute(c.db)
    .then((r) => r.rows.map(toItem));

/** Stages whose customers may still be saved (churned ones are win-back candidates instead). */
export const savable: LifecycleStage[] = ['new', 'active', 'at_risk', 'won_back'];

/** The dashboard's lists of customers, whose top candidates the refresh keeps per slice. */
export type DashboardList = 'at_risk' | 'win_back';

/**
 * Narrows a list to the top candidates the refresh kept for the viewer's slices, when the
 * viewer's figures are sums of slices; the list's own conditions and the viewer's visibility
 * still apply, so a customer reassigned or deleted since drops out rather than shows.
 */
const candidates = (c: DashboardContext, list: DashboardList) => {
  const slices = storedSlices(c);
  if (!slices || c.scope.orgWide) return sql`TRUE`;
  return sql`c.id = ANY(ARRAY(
    SELECT customer_id FROM analytics_top_customers
    WHERE org_id = ${slices.orgId} AND list = ${list} AND slice_no IN (${slices.slices})))`;
};

/**
 * Customers not yet churned, the most value at risk ((1 − P(alive)) × predicted CLV) first —
 * the order of the customer table sorted by `-value_at_risk`, which `filter` and `sort` open.
 */
export const atRiskList = async (c: DashboardContext, limit: number) => ({
  asOf: c.asOf,
  filter: within(c.scope.base, gte('value_at_risk', 1), isIn('lifecycle_stage_scored', savable)),
  sort: '-value_at_risk',
  data: await listRows(
    c,
    sql`s.value_at_risk_cents > 0 AND s.lifecycle_stage IN (${sql.join(savable)}) AND ${candidates(c, 'at_risk')}`,
    sql`s.value_at_risk_cents DESC NULLS LAST, s.customer_id DESC`,
    limit,
  ),
});

/** Churned customers who were worth most (historical CLV): the ones worth winning back. */
export const winBackList = async (c: DashboardContext, limit: number) => ({
  asOf: c.asOf,
  filter: within(c.scope.base, eq('lifecycle_stage_scored', 'churned')),
  sort: '-historical_clv',
  data: await listRows(
    c,
    sql`s.lifecycle_stage = 'churned' AND ${candidates(c, 'win_back')}`,
    sql`s.historical_clv_cents DESC, s.customer_id DESC`,
    limit,
  ),
});
