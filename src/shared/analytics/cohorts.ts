import { civilDate, formatDay } from './day-number';
import type { PurchaseHistory } from './transactions';

export type CohortPeriod = 'week' | 'month' | 'quarter';

export type Cohort = {
  /** 'YYYY-MM' for months, 'YYYY-Qn' for quarters, the Monday 'YYYY-MM-DD' for weeks. */
  cohort: string;
  /** Customers whose first purchase falls in this period. */
  size: number;
  /** active[k]: cohort customers who bought in the k-th period after the first (active[0] = size). */
  active: number[];
  /** active[k] / size, as a fraction. */
  retention: number[];
  /** revenue[k]: what the cohort spent in period k. */
  revenue: number[];
  /** Share of the cohort with at least two purchase days, ever. */
  repeatRate: number;
};

/** Absolute period index of a day number: months and quarters by calendar, weeks from Monday. */
const periodOf = (period: CohortPeriod, day: number): number => {
  if (period === 'week') return Math.floor((day + 3) / 7);
  const { year, month } = civilDate(day);
  return period === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
};

const labelOf = (period: CohortPeriod, index: number): string => {
  if (period === 'week') return formatDay(index * 7 - 3);
  if (period === 'month') return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
};

type Tally = { size: number; repeaters: number; active: number[]; revenue: number[] };

/**
 * Acquisition cohorts × periods since first purchase. Every customer in the history counts
 * (a purchase with no amount adds 0 revenue). Cohorts run to the last period with any
 * purchase, so later cohorts have shorter rows; cohorts with no customers are left out.
 */
export const buildCohorts = (history: PurchaseHistory, period: CohortPeriod = 'month'): Cohort[] => {
  let last = -Infinity;
  for (const days of history.values())
    for (const day of days.keys()) last = Math.max(last, periodOf(period, day));
  const tallies = new Map<number, Tally>();
  for (const days of history.values()) {
    const byPeriod = new Map<number, number>();
    let first = Infinity;
    for (const [day, amount] of days) {
      const p = periodOf(period, day);
      byPeriod.set(p, (byPeriod.get(p) ?? 0) + amount);
      first = Math.min(first, p);
    }
    let tally = tallies.get(first);
    if (!tally) {
      const length = last - first + 1;
      tally = {
        size: 0,
        repeaters: 0,
        active: new Array(length).fill(0),
        revenue: new Array(length).fill(0),
      };
      tallies.set(first, tally);
    }
    tally.size++;
    if (days.size >= 2) tally.repeaters++;
    for (const [p, amount] of byPeriod) {
      tally.active[p - first]!++;
      tally.revenue[p - first]! += amount;
    }
  }
  return [...tallies.entries()]
    .sort(([p], [q]) => p - q)
    .map(([first, t]) => ({
      cohort: labelOf(period, first),
      size: t.size,
      active: t.active,
      retention: t.active.map((n) => n / t.size),
      revenue: t.revenue,
      repeatRate: t.repeaters / t.size,
    }));
};
