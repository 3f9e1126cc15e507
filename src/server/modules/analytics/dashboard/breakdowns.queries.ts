import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { DashboardScope } from './dashboard-scope';

export type BreakdownChart = 'rfm_grid' | 'segment' | 'tier' | 'stage' | 'clv';

export type BreakdownRow = {
  chart: BreakdownChart;
  /** 'R:F' for the grid, the bucket number (1…) for CLV, else the segment, tier or stage. */
  key: string;
  customers: number;
  revenue_cents: number;
  clv_cents: number;
};

/**
 * Customers, historical revenue and predicted CLV per RFM R×F cell, segment, value tier,
 * lifecycle stage and CLV bucket, in one pass over the scores (grouping sets). `clvEdges` are
 * the bucket lower bounds in minor units, ascending from 0; unscored values fall out.
 */
export const breakdownRows = (db: Kysely<DB>, scope: DashboardScope, clvEdges: readonly number[]) => {
  const edges = clvEdges.length ? clvEdges : [0];
  return sql<BreakdownRow>`
    SELECT * FROM (
      SELECT CASE WHEN GROUPING(rfm_r, rfm_f) = 0 THEN 'rfm_grid'
                  WHEN GROUPING(rfm_segment) = 0 THEN 'segment'
                  WHEN GROUPING(value_tier) = 0 THEN 'tier'
                  WHEN GROUPING(lifecycle_stage) = 0 THEN 'stage'
                  ELSE 'clv' END AS chart,
             CASE WHEN GROUPING(rfm_r, rfm_f) = 0 THEN rfm_r || ':' || rfm_f
                  WHEN GROUPING(rfm_segment) = 0 THEN rfm_segment
                  WHEN GROUPING(value_tier) = 0 THEN value_tier
                  WHEN GROUPING(lifecycle_stage) = 0 THEN lifecycle_stage
                  ELSE bucket::text END AS key,
             count(*)::int AS customers,
             coalesce(sum(historical_clv_cents), 0)::bigint AS revenue_cents,
             coalesce(sum(predicted_clv_cents), 0)::bigint AS clv_cents
      FROM (
        SELECT s.rfm_r, s.rfm_f, s.rfm_segment, s.value_tier, s.lifecycle_stage,
               s.historical_clv_cents, s.predicted_clv_cents,
               width_bucket(s.predicted_clv_cents, ${edges}::bigint[]) AS bucket
        FROM ${scope.scored}
      ) x
      GROUP BY GROUPING SETS ((rfm_r, rfm_f), (rfm_segment), (value_tier), (lifecycle_stage), (bucket))
    ) g
    WHERE key IS NOT NULL`
    .execute(db)
    .then((r) => r.rows);
};
