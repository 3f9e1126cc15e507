import { boughtIn, inCohort, repeatBuyers, within } from './click-filters';
import { storedSlices, type DashboardContext } from './dashboard-context';
import { liveTally } from './live-tally';
import type { CohortRow } from '../tally/cohort-tally';
import { storedCohorts } from './slice-figures.queries';

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const monthLabel = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The cohort heat map (A6): the last `months` monthly acquisition cohorts, each with one cell per
 * calendar month from its first up to the refresh month (customers active, retention, revenue),
 * its repeat-purchase rate, and filters that open the cohort, its repeat buyers and each cell.
 */
export const cohortChart = async (c: DashboardContext, months: number) => {
  if (!c.asOf) return { asOf: null, cohorts: [] };
  const slices = storedSlices(c);
  const rows: CohortRow[] = slices
    ? await storedCohorts(c.db, slices)
    : (await liveTally({ ...c, asOf: c.asOf })).cohorts.rows();
  const byCohort = new Map<string, CohortRow[]>();
  for (const r of rows) byCohort.set(r.cohort, [...(byCohort.get(r.cohort) ?? []), r]);
  const last = monthIndex(c.asOf);
  const base = c.scope.base;
  return {
    asOf: c.asOf,
    cohorts: [...byCohort.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(-months)
      .map(([cohort, cells]) => {
        const first = monthIndex(cohort);
        const label = monthLabel(first);
        const { size, repeaters } = cells[0]!;
        return {
          cohort: label,
          size,
          repeatRate: size > 0 ? repeaters / size : 0,
          filter: within(base, inCohort(label)),
          repeatFilter: within(base, inCohort(label), repeatBuyers()),
          cells: Array.from({ length: last - first + 1 }, (_, offset) => {
            const cell = cells.find((x) => x.month_offset === offset);
            return {
              offset,
              active: cell?.active ?? 0,
              retention: size > 0 ? (cell?.active ?? 0) / size : 0,
              revenueCents: cell?.revenue_cents ?? 0,
              filter: within(base, inCohort(label), boughtIn(monthLabel(first + offset))),
            };
          }),
        };
      }),
  };
};
