import { createCohortTally } from './cohort-tally';
import { createPeriodTally } from './period-tally';
import { createWindowTally, type DayWindow } from './window-tally';

/**
 * Every precomputed dashboard figure from one pass over the customers' purchase days: months
 * and quarters, the KPI windows and the cohort matrix. The refresh feeds it every buyer; a
 * live answer feeds it the caller's customers — the same code either way. Every figure is a
 * sum over customers, so the tallies of disjoint sets of customers add up (`absorb`) to the
 * tally of their union.
 */
export const createDashboardTally = (asOfDay: number, churnDays: number, windows: readonly DayWindow[]) => {
  const months = createPeriodTally('month', asOfDay, churnDays);
  const quarters = createPeriodTally('quarter', asOfDay, churnDays);
  const kpis = createWindowTally(windows, churnDays);
  const cohorts = createCohortTally();
  return {
    add(days: readonly number[], amounts: readonly number[]) {
      months.add(days, amounts);
      quarters.add(days, amounts);
      kpis.add(days, amounts);
      cohorts.add(days, amounts);
    },
    /** Adds another tally's customers; it must share the refresh day, churn rule and windows. */
    absorb(other: DashboardTally) {
      months.absorb(other.months);
      quarters.absorb(other.quarters);
      kpis.absorb(other.kpis);
      cohorts.absorb(other.cohorts);
    },
    months,
    quarters,
    kpis,
    cohorts,
  };
};

export type DashboardTally = {
  months: ReturnType<typeof createPeriodTally>;
  quarters: ReturnType<typeof createPeriodTally>;
  kpis: ReturnType<typeof createWindowTally>;
  cohorts: ReturnType<typeof createCohortTally>;
};
