import { boughtIn, churnedIn, inCohort, within } from './click-filters';
import { storedSlices, type DashboardContext } from './dashboard-context';
import { liveTally } from './live-tally';
import type { Period } from '../tally/calendar-periods';
import type { PeriodRow } from '../tally/period-tally';
import { storedPeriods } from './slice-figures.queries';

/** `YYYY-MM` or `YYYY-Qn` of a period starting on `start` (YYYY-MM-DD). */
const periodLabel = (period: Period, start: string) =>
  period === 'month'
    ? start.slice(0, 7)
    : `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;

/** The last `count` months and quarters, oldest first: precomputed, or tallied now for the caller's customers. */
const series = async (
  c: DashboardContext,
  months: number,
  quarters: number,
): Promise<[PeriodRow[], PeriodRow[]]> => {
  if (!c.asOf) return [[], []];
  const slices = storedSlices(c);
  if (slices)
    return Promise.all([
      storedPeriods(c.db, slices, 'month', months),
      storedPeriods(c.db, slices, 'quarter', quarters),
    ]);
  const tally = await liveTally({ ...c, asOf: c.asOf });
  return [tally.months.rows().slice(-months), tally.quarters.rows().slice(-quarters)];
};

/**
 * One period of the revenue trend and churn charts; its filters open the customers who bought
 * in it, were acquired (first purchase) in it, and churned in it.
 */
const toRow = (c: DashboardContext, period: Period) => (r: PeriodRow) => {
  const label = periodLabel(period, r.start);
  const months = period === 'month' ? [label] : [0, 1, 2].map((k) => monthAfter(r.start, k));
  return {
    period: label,
    active: r.active,
    newCustomers: r.new_customers,
    transactions: r.transactions,
    revenueCents: r.revenue_cents,
    churned: r.churned,
    churnBase: r.churn_base,
    churnRate: r.churn_base > 0 ? r.churned / r.churn_base : null,
    activeFilter: within(c.scope.base, boughtIn(...months)),
    newFilter: within(c.scope.base, inCohort(...months)),
    churnedFilter: within(c.scope.base, churnedIn(label)),
  };
};

/** 'YYYY-MM' of the month `k` months after `start` (YYYY-MM-DD). */
const monthAfter = (start: string, k: number) => {
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + k;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** Revenue, transactions, active and new customers per month (A7 trend). */
export const revenueTrend = async (c: DashboardContext, months: number) => ({
  asOf: c.asOf,
  months: (await series(c, months, 0))[0].map(toRow(c, 'month')),
});

/** Churn per month and per quarter by the inactivity rule (A4). */
export const churnSeries = async (c: DashboardContext, months: number) => {
  const [m, q] = await series(c, months, Math.ceil(months / 3));
  return {
    asOf: c.asOf,
    inactiveDays: c.settings.churn.inactiveDays,
    months: m.map(toRow(c, 'month')),
    quarters: q.map(toRow(c, 'quarter')),
  };
};
