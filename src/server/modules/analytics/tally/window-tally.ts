/** A KPI window: purchase days `from`…`to`, inclusive day numbers. */
export type DayWindow = { from: number; to: number };

/** One window's figures, as `analytics_windows` stores them (customers are counted in SQL). */
export type WindowFigures = {
  active: number;
  new_customers: number;
  revenue_cents: number;
  repeaters: number;
  churned: number;
  churn_base: number;
};

/**
 * The KPI figures of each window, counted as of the window's last day `to`:
 * active (a purchase day in the window), new (first purchase in it), revenue (its purchase
 * days' sum), repeaters (active, with two or more purchase days up to `to`), churned (last
 * purchase up to `to` in [from − N, to − N]: went N days without buying during the window and
 * not back by its end) and the churn base (a purchase in [from − N, to]).
 */
export const createWindowTally = (windows: readonly DayWindow[], churnDays: number) => {
  const figures: WindowFigures[] = windows.map(() => ({
    active: 0,
    new_customers: 0,
    revenue_cents: 0,
    repeaters: 0,
    churned: 0,
    churn_base: 0,
  }));
  return {
    add(days: readonly number[], amounts: readonly number[]) {
      windows.forEach(({ from, to }, w) => {
        let active = false;
        let upTo = 0;
        let lastUpTo = Number.NaN;
        let inBase = false;
        const f = figures[w]!;
        for (let i = 0; i < days.length && days[i]! <= to; i++) {
          const day = days[i]!;
          upTo++;
          lastUpTo = day;
          if (day >= from) {
            active = true;
            f.revenue_cents += amounts[i]!;
          }
          if (day >= from - churnDays) inBase = true;
        }
        if (active) f.active++;
        if (active && upTo >= 2) f.repeaters++;
        if (days[0]! >= from && days[0]! <= to) f.new_customers++;
        if (lastUpTo >= from - churnDays && lastUpTo <= to - churnDays) f.churned++;
        if (inBase) f.churn_base++;
      });
    },
    /** Adds the customers another tally of the same windows has counted. */
    absorb(other: { figures(): readonly WindowFigures[] }) {
      other.figures().forEach((o, w) => {
        const f = figures[w]!;
        f.active += o.active;
        f.new_customers += o.new_customers;
        f.revenue_cents += o.revenue_cents;
        f.repeaters += o.repeaters;
        f.churned += o.churned;
        f.churn_base += o.churn_base;
      });
    },
    figures: (): WindowFigures[] => figures,
  };
};
