import { createCohortTally } from './cohort-tally';
import { createPeriodTally } from './period-tally';
import { createWindowTally, type DayWindow } from './window-tally';

/**
 * Every precomputed dashboard figure from one pass over the customers' purchase days: months
 * and quarters, the KPI windows and the cohort matrix. The refresh feeds it every buyer; a
 * live answer feeds it the caller's customers — the same code either way.
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
    months,
    quarters,
    kpis,
    cohorts,
  };
};
