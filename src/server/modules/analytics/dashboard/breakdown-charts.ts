import { sql } from 'kysely';
import { formatDay, parseDay } from '../../../../shared/analytics/day-number';
import { rfmSegments, valueTiers } from '../../../../shared/analytics/rfm-segments';
import { lifecycleStages } from '../../../../shared/contracts/analytics';
import { breakdownRows, type BreakdownChart, type BreakdownRow } from './breakdowns.queries';
import { eq, gte, lt, within } from './click-filters';
import { storedSlices, type DashboardContext } from './dashboard-context';
import { storedBreakdowns, storedTransitions } from './slice-figures.queries';
import type { FilterNode } from '../../../../shared/filter/filter';

const clvEdges = (c: DashboardContext): number[] => (c.run?.clv_buckets as number[] | null) ?? [];

const rowsOf = async (c: DashboardContext): Promise<BreakdownRow[]> => {
  if (!c.asOf) return [];
  const slices = storedSlices(c);
  return slices ? storedBreakdowns(c.db, slices) : breakdownRows(c.db, c.scope, clvEdges(c));
};

/** One cell per key in `keys` order (zeros where nobody is), with the filter that opens it. */
const cells = (
  rows: BreakdownRow[],
  chart: BreakdownChart,
  keys: readonly string[],
  filterOf: (key: string) => FilterNode,
) =>
  keys.map((key) => {
    const row = rows.find((r) => r.chart === chart && r.key === key);
    return {
      key,
      customers: row?.customers ?? 0,
      revenueCents: row?.revenue_cents ?? 0,
      clvCents: row?.clv_cents ?? 0,
      filter: filterOf(key),
    };
  });

/**
 * Stage changes recorded by refreshes in the last `days` days up to the refresh day, of the
 * customers in scope: precomputed, or counted from the history for a segment.
 */
const transitions = async (c: DashboardContext, days: number) => {
  if (!c.asOf) return [];
  const slices = storedSlices(c);
  if (slices) return storedTransitions(c.db, slices, days);
  const from = formatDay(parseDay(c.asOf)! - days + 1);
  const { rows } = await sql<{ from: string; to: string; customers: number }>`
    SELECT h.from_stage AS from, h.to_stage AS to, count(*)::int AS customers
    FROM customer_stage_history h JOIN (${c.scope.customers}) sc ON sc.id = h.customer_id
    WHERE h.org_id = ${c.scope.orgId} AND h.changed_at >= ${from}::timestamp AT TIME ZONE ${c.timeZone}
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`.execute(c.db);
  return rows;
};

/** RFM segments, value tiers and lifecycle stages (customers, revenue, predicted CLV), and stage transitions. */
export const breakdowns = async (c: DashboardContext, days: number) => {
  const [rows, changes] = await Promise.all([rowsOf(c), transitions(c, days)]);
  const base = c.scope.base;
  return {
    asOf: c.asOf,
    segments: cells(rows, 'segment', rfmSegments, (k) => within(base, eq('rfm_segment', k))),
    tiers: cells(rows, 'tier', valueTiers, (k) => within(base, eq('value_tier_scored', k))),
    stages: cells(rows, 'stage', lifecycleStages, (k) => within(base, eq('lifecycle_stage_scored', k))),
    transitions: changes,
  };
};

/** The R × F grid: 25 cells, customers and revenue in each. */
export const rfmGrid = async (c: DashboardContext) => {
  const rows = await rowsOf(c);
  const keys = [1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => `${r}:${f}`));
  return {
    asOf: c.asOf,
    cells: cells(rows, 'rfm_grid', keys, (k) => {
      const [r, f] = k.split(':').map(Number) as [number, number];
      return within(c.scope.base, eq('rfm_r', r), eq('rfm_f', f));
    }).map((cell) => {
      const [r, f] = cell.key.split(':').map(Number) as [number, number];
      return { ...cell, r, f };
    }),
  };
};

/** Predicted CLV histogram over the refresh's bucket bounds (minor units). */
export const clvDistribution = async (c: DashboardContext) => {
  const edges = clvEdges(c);
  const reason = !c.asOf
    ? 'no refresh has run yet'
    : edges.length === 0
      ? 'no customer has a predicted CLV: the models could not be fitted (see the model parameters)'
      : null;
  const rows = reason ? [] : await rowsOf(c);
  return {
    asOf: c.asOf,
    reason,
    buckets: cells(
      rows,
      'clv',
      edges.map((_, i) => String(i + 1)),
      (k) => {
        const i = Number(k) - 1;
        const upper = edges[i + 1];
        return within(
          c.scope.base,
          gte('predicted_clv', edges[i]!),
          ...(upper === undefined ? [] : [lt('predicted_clv', upper)]),
        );
      },
    ).map((cell, i) => ({ ...cell, fromCents: edges[i]!, toCents: edges[i + 1] ?? null })),
  };
};
