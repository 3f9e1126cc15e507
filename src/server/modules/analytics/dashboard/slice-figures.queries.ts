import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import type { CohortRow } from '../tally/cohort-tally';
import type { Period } from '../tally/calendar-periods';
import type { PeriodRow } from '../tally/period-tally';
import type { WindowFigures } from '../tally/window-tally';
import type { BreakdownRow } from './breakdowns.queries';

/**
 * The precomputed dashboard figures of a set of slices (`slices`: a `SELECT slice_no …`),
 * added up. Every figure is a count or sum over customers, and slices never share a customer,
 * so the sums are exactly the figures of the slices' customers together.
 */
export type Slices = { orgId: string; slices: RawBuilder<unknown> };

/** The last `count` months or quarters, oldest first. */
export const storedPeriods = async (db: Kysely<DB>, s: Slices, period: Period, count: number) => {
  const { rows } = await sql<PeriodRow>`
    SELECT start, sum(active)::int AS active, sum(new_customers)::int AS new_customers,
           sum(transactions)::int AS transactions, sum(revenue_cents)::bigint AS revenue_cents,
           sum(churned)::int AS churned, sum(churn_base)::int AS churn_base
    FROM analytics_periods
    WHERE org_id = ${s.orgId} AND period = ${period} AND slice_no IN (${s.slices})
    GROUP BY start ORDER BY start DESC LIMIT ${count}`.execute(db);
  return rows.reverse();
};

export type WindowRow = WindowFigures & { customers: number };

const noWindow: WindowRow = {
  customers: 0,
  active: 0,
  new_customers: 0,
  revenue_cents: 0,
  repeaters: 0,
  churned: 0,
  churn_base: 0,
};

/** The KPI window of `days` ending on the refresh day, and the one before it. */
export const storedWindows = async (db: Kysely<DB>, s: Slices, days: number) => {
  const { rows } = await sql<WindowRow & { previous: boolean }>`
    SELECT previous, sum(customers)::int AS customers, sum(active)::int AS active,
           sum(new_customers)::int AS new_customers, sum(revenue_cents)::bigint AS revenue_cents,
           sum(repeaters)::int AS repeaters, sum(churned)::int AS churned, sum(churn_base)::int AS churn_base
    FROM analytics_windows
    WHERE org_id = ${s.orgId} AND days = ${days} AND slice_no IN (${s.slices})
    GROUP BY previous`.execute(db);
  const pick = (previous: boolean): WindowRow => {
    const { previous: _, ...row } = rows.find((r) => r.previous === previous) ?? { ...noWindow, previous };
    return row;
  };
  return [pick(false), pick(true)] as const;
};

/**
 * The cohort cells. A cohort's size and repeat buyers are those of its first month (offset 0),
 * where every member of the cohort bought.
 */
export const storedCohorts = async (db: Kysely<DB>, s: Slices): Promise<CohortRow[]> => {
  const { rows } = await sql<CohortRow>`
    WITH cells AS (
      SELECT cohort, month_offset, size, repeaters, active, revenue_cents FROM analytics_cohorts
      WHERE org_id = ${s.orgId} AND slice_no IN (${s.slices})
    ),
    sizes AS (
      SELECT cohort, sum(size)::int AS size, sum(repeaters)::int AS repeaters
      FROM cells WHERE month_offset = 0 GROUP BY cohort
    )
    SELECT cells.cohort, cells.month_offset, sizes.size, sizes.repeaters,
           sum(cells.active)::int AS active, sum(cells.revenue_cents)::bigint AS revenue_cents
    FROM cells JOIN sizes USING (cohort)
    GROUP BY cells.cohort, cells.month_offset, sizes.size, sizes.repeaters
    ORDER BY 1, 2`.execute(db);
  return rows;
};

/** The breakdown charts' rows (R×F cells, segments, tiers, stages, CLV buckets). */
export const storedBreakdowns = async (db: Kysely<DB>, s: Slices): Promise<BreakdownRow[]> => {
  const { rows } = await sql<BreakdownRow>`
    SELECT chart, key, sum(customers)::int AS customers, sum(revenue_cents)::bigint AS revenue_cents,
           sum(clv_cents)::bigint AS clv_cents
    FROM analytics_breakdowns WHERE org_id = ${s.orgId} AND slice_no IN (${s.slices})
    GROUP BY chart, key`.execute(db);
  return rows;
};

/** Stage changes in the last `days` days, the most frequent first. */
export const storedTransitions = async (db: Kysely<DB>, s: Slices, days: number) => {
  const { rows } = await sql<{ from: string; to: string; customers: number }>`
    SELECT from_stage AS from, to_stage AS to, sum(customers)::int AS customers
    FROM analytics_transitions
    WHERE org_id = ${s.orgId} AND days = ${days} AND slice_no IN (${s.slices})
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`.execute(db);
  return rows;
};

/** The average predicted CLV (minor units, rounded as `round(avg(…))` rounds), or null (slices 1…). */
export const storedAverageClv = async (db: Kysely<DB>, s: Slices): Promise<number | null> => {
  const { rows } = await sql<{ avg: number | null }>`
    SELECT round(sum(clv_sum_cents)::numeric / nullif(sum(clv_customers), 0))::bigint AS avg
    FROM analytics_slices WHERE org_id = ${s.orgId} AND slice_no IN (${s.slices})`.execute(db);
  return rows[0]?.avg ?? null;
};
