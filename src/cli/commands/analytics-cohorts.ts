import { buildCohorts, type Cohort, type CohortPeriod } from '../../shared/analytics/cohorts';
import type { PurchaseHistory } from '../../shared/analytics/transactions';

/** Cohorts as `kehu analytics cohorts --json` prints them; revenue only when amounts were read. */
export const cohortReport = (history: PurchaseHistory, period: CohortPeriod, withRevenue: boolean) => ({
  period,
  cohorts: buildCohorts(history, period).map(({ revenue, ...cohort }) =>
    withRevenue ? { ...cohort, revenue } : cohort,
  ),
});

const percent = (share: number) => `${(100 * share).toFixed(0)}%`.padStart(5);

/** A retention table: one line per cohort, % of the cohort active in each later period. */
export const describeCohorts = (
  cohorts: readonly Omit<Cohort, 'revenue'>[],
  period: CohortPeriod,
): string => {
  const width = Math.max(7, ...cohorts.map((c) => c.cohort.length));
  const longest = Math.max(0, ...cohorts.map((c) => c.active.length));
  const header = `${'cohort'.padEnd(width)}  ${'size'.padStart(7)}  repeat  ${Array.from({ length: longest }, (_, k) => `+${k}`.padStart(5)).join('')}`;
  return [
    `Share of each ${period}'s new customers who bought again k ${period}s later (+k):`,
    header,
    ...cohorts.map(
      (c) =>
        `${c.cohort.padEnd(width)}  ${String(c.size).padStart(7)}  ${percent(c.repeatRate)}   ${c.retention.map(percent).join('')}`,
    ),
  ].join('\n');
};
