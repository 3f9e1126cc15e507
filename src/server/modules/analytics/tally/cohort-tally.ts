import { monthIndex, periodStart } from './calendar-periods';

/** One cohort × month-since cell, as `analytics_cohorts` stores it. */
export type CohortRow = {
  cohort: string;
  month_offset: number;
  size: number;
  repeaters: number;
  active: number;
  revenue_cents: number;
};

/**
 * Monthly acquisition cohorts (month of the first purchase day) × calendar months since: the
 * cohort's customers who bought in that month and what they spent; each cohort's size and its
 * repeat buyers (two or more purchase days). Cells nobody bought in are absent.
 */
export const createCohortTally = () => {
  const sizes = new Map<number, { size: number; repeaters: number }>();
  const cells = new Map<string, { cohort: number; offset: number; active: number; revenue: number }>();
  return {
    add(days: readonly number[], amounts: readonly number[]) {
      const cohort = monthIndex(days[0]!);
      const size = sizes.get(cohort) ?? { size: 0, repeaters: 0 };
      size.size++;
      if (days.length >= 2) size.repeaters++;
      sizes.set(cohort, size);
      let previous = Number.NaN;
      for (let i = 0; i < days.length; i++) {
        const offset = monthIndex(days[i]!) - cohort;
        const key = `${cohort}:${offset}`;
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { cohort, offset, active: 0, revenue: 0 }));
        if (offset !== previous) cell.active++;
        cell.revenue += amounts[i]!;
        previous = offset;
      }
    },
    rows: (): CohortRow[] =>
      [...cells.values()]
        .sort((a, b) => a.cohort - b.cohort || a.offset - b.offset)
        .map((c) => ({
          cohort: periodStart('month', c.cohort),
          month_offset: c.offset,
          size: sizes.get(c.cohort)!.size,
          repeaters: sizes.get(c.cohort)!.repeaters,
          active: c.active,
          revenue_cents: c.revenue,
        })),
  };
};
