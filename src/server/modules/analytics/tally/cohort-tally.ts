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

type Size = { size: number; repeaters: number };
type Cell = { cohort: number; offset: number; active: number; revenue: number };

/** Cells are keyed by cohort month × this + offset: offsets stay far below it. */
const OFFSETS = 100_000;

/**
 * Monthly acquisition cohorts (month of the first purchase day) × calendar months since: the
 * cohort's customers who bought in that month and what they spent; each cohort's size and its
 * repeat buyers (two or more purchase days). Cells nobody bought in are absent.
 */
export const createCohortTally = () => {
  const sizes = new Map<number, Size>();
  const cells = new Map<number, Cell>();
  const sizeOf = (cohort: number) => {
    let size = sizes.get(cohort);
    if (!size) sizes.set(cohort, (size = { size: 0, repeaters: 0 }));
    return size;
  };
  const cellOf = (cohort: number, offset: number) => {
    const key = cohort * OFFSETS + offset;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { cohort, offset, active: 0, revenue: 0 }));
    return cell;
  };
  return {
    add(days: readonly number[], amounts: readonly number[]) {
      const cohort = monthIndex(days[0]!);
      const size = sizeOf(cohort);
      size.size++;
      if (days.length >= 2) size.repeaters++;
      let previous = Number.NaN;
      let cell: Cell | undefined;
      for (let i = 0; i < days.length; i++) {
        const offset = monthIndex(days[i]!) - cohort;
        if (offset !== previous) {
          cell = cellOf(cohort, offset);
          cell.active++;
          previous = offset;
        }
        cell!.revenue += amounts[i]!;
      }
    },
    /** Adds the customers another cohort tally has counted. */
    absorb(other: {
      sizes: ReadonlyMap<number, Readonly<Size>>;
      cells: ReadonlyMap<number, Readonly<Cell>>;
    }) {
      for (const [cohort, o] of other.sizes) {
        const size = sizeOf(cohort);
        size.size += o.size;
        size.repeaters += o.repeaters;
      }
      for (const o of other.cells.values()) {
        const cell = cellOf(o.cohort, o.offset);
        cell.active += o.active;
        cell.revenue += o.revenue;
      }
    },
    sizes: sizes as ReadonlyMap<number, Readonly<Size>>,
    cells: cells as ReadonlyMap<number, Readonly<Cell>>,
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
