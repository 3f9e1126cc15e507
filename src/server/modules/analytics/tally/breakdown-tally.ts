import type { BreakdownChart, BreakdownRow } from '../dashboard/breakdowns.queries';

/** What the breakdown charts read of one customer's scores (null where not scored). */
export type BreakdownFacts = {
  rfmR: number | null;
  rfmF: number | null;
  segment: string | null;
  tier: string | null;
  stage: string;
  historicalClvCents: number;
  predictedClvCents: number | null;
};

/**
 * The bucket `width_bucket(value, edges)` gives: how many lower bounds are at or below the
 * value (0 below the first).
 */
export const clvBucket = (edges: readonly number[], value: number) => {
  let bucket = 0;
  while (bucket < edges.length && edges[bucket]! <= value) bucket++;
  return bucket;
};

/**
 * The same rows as `breakdownRows` (customers, revenue and predicted CLV per R×F cell,
 * segment, tier, stage and CLV bucket), tallied from scores in memory by the refresh instead
 * of read back from the table. Sums over customers, so tallies of disjoint customers add up.
 */
export const createBreakdownTally = (clvEdges: readonly number[]) => {
  const edges = clvEdges.length ? clvEdges : [0];
  const cells = new Map<string, BreakdownRow>();
  const addTo = (chart: BreakdownChart, key: string, customers: number, revenue: number, clv: number) => {
    const id = `${chart}\u0000${key}`;
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { chart, key, customers: 0, revenue_cents: 0, clv_cents: 0 }));
    cell.customers += customers;
    cell.revenue_cents += revenue;
    cell.clv_cents += clv;
  };
  return {
    add(f: BreakdownFacts) {
      const revenue = f.historicalClvCents;
      const clv = f.predictedClvCents ?? 0;
      if (f.rfmR !== null && f.rfmF !== null) addTo('rfm_grid', `${f.rfmR}:${f.rfmF}`, 1, revenue, clv);
      if (f.segment !== null) addTo('segment', f.segment, 1, revenue, clv);
      if (f.tier !== null) addTo('tier', f.tier, 1, revenue, clv);
      addTo('stage', f.stage, 1, revenue, clv);
      if (f.predictedClvCents !== null)
        addTo('clv', String(clvBucket(edges, f.predictedClvCents)), 1, revenue, clv);
    },
    /** Adds the customers another breakdown tally has counted. */
    absorb(other: { rows(): readonly BreakdownRow[] }) {
      for (const r of other.rows()) addTo(r.chart, r.key, r.customers, r.revenue_cents, r.clv_cents);
    },
    rows: (): BreakdownRow[] => [...cells.values()],
  };
};

export type BreakdownTally = ReturnType<typeof createBreakdownTally>;
