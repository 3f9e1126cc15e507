import { periodEndDay, periodIndex, periodStart, type Period } from './calendar-periods';

/** One calendar period's figures, as `analytics_periods` stores them. */
export type PeriodRow = {
  start: string;
  active: number;
  new_customers: number;
  transactions: number;
  revenue_cents: number;
  churned: number;
  churn_base: number;
};

type Bucket = {
  active: number;
  fresh: number;
  transactions: number;
  revenue: number;
  churned: number;
  base: number;
};

/**
 * Months or quarters from the first purchase to the refresh day `asOf`, each with customers
 * active (a purchase day in it), new (first purchase in it), transactions (purchase days),
 * revenue, and churn by the inactivity rule of N = `churnDays`:
 * - churned: customers whose last purchase as of the period's end b (capped at asOf) falls in
 *   [start − N, b − N] — they went N days without buying during the period and were not back
 *   by its end;
 * - churn base: customers with a purchase day in [start − N, b] — everyone who could churn in
 *   the period (active at its start, or acquired or won back during it).
 * Each purchase day d puts its customer in the base of the periods from period(d) to
 * period(d + N), cut before the next purchase's period so that one customer counts once;
 * the ranges are added as +1/−1 at their ends and summed up in `rows()`.
 */
export const createPeriodTally = (period: Period, asOfDay: number, churnDays: number) => {
  const buckets = new Map<number, Bucket>();
  const at = (i: number) => {
    let b = buckets.get(i);
    if (!b) buckets.set(i, (b = { active: 0, fresh: 0, transactions: 0, revenue: 0, churned: 0, base: 0 }));
    return b;
  };
  const last = periodIndex(period, asOfDay);
  return {
    /** One customer's purchase days (ascending day numbers, all ≤ asOf) and their amounts. */
    add(days: readonly number[], amounts: readonly number[]) {
      let previous = Number.NaN;
      let churnedIn = Number.NaN;
      at(periodIndex(period, days[0]!)).fresh++;
      for (let i = 0; i < days.length; i++) {
        const day = days[i]!;
        const next = days[i + 1];
        const p = periodIndex(period, day);
        const bucket = at(p);
        bucket.transactions++;
        bucket.revenue += amounts[i]!;
        if (p !== previous) bucket.active++;
        previous = p;
        const lapse = day + churnDays;
        let reach = periodIndex(period, lapse);
        if (next !== undefined) reach = Math.min(reach, periodIndex(period, next) - 1);
        if (reach >= p) {
          bucket.base++;
          if (reach + 1 <= last) at(reach + 1).base--;
        }
        if (lapse <= asOfDay) {
          const q = periodIndex(period, lapse);
          const end = Math.min(periodEndDay(period, q), asOfDay);
          if ((next === undefined || next > end) && q !== churnedIn) {
            at(q).churned++;
            churnedIn = q;
          }
        }
      }
    },
    /** Adds the customers another tally of the same periods, day and churn rule has counted. */
    absorb(other: { buckets: ReadonlyMap<number, Readonly<Bucket>> }) {
      for (const [i, o] of other.buckets) {
        const b = at(i);
        b.active += o.active;
        b.fresh += o.fresh;
        b.transactions += o.transactions;
        b.revenue += o.revenue;
        b.churned += o.churned;
        b.base += o.base;
      }
    },
    buckets: buckets as ReadonlyMap<number, Readonly<Bucket>>,
    /** Every period from the first with a purchase to the one holding asOf, oldest first. */
    rows(): PeriodRow[] {
      if (buckets.size === 0) return [];
      const first = Math.min(...buckets.keys());
      const rows: PeriodRow[] = [];
      let base = 0;
      for (let i = first; i <= last; i++) {
        const b = buckets.get(i);
        base += b?.base ?? 0;
        rows.push({
          start: periodStart(period, i),
          active: b?.active ?? 0,
          new_customers: b?.fresh ?? 0,
          transactions: b?.transactions ?? 0,
          revenue_cents: b?.revenue ?? 0,
          churned: b?.churned ?? 0,
          churn_base: base,
        });
      }
      return rows;
    },
  };
};
