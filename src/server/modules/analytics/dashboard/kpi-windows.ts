import { formatDay, parseDay } from '../../../../shared/analytics/day-number';
import type { DayWindow } from '../tally/window-tally';

/** The KPI window lengths the dashboard offers (days), precomputed by every refresh. */
export const kpiDays = [30, 90, 365] as const;

/** A KPI window as the API shows it: days `from`…`to` inclusive (YYYY-MM-DD). */
export type KpiWindow = { from: string; to: string };

/** The `days` ending on `asOf` (inclusive) and the same number of days just before them. */
export const kpiWindows = (asOf: string, days: number): { current: KpiWindow; previous: KpiWindow } => {
  const end = parseDay(asOf)!;
  return {
    current: { from: formatDay(end - days + 1), to: asOf },
    previous: { from: formatDay(end - 2 * days + 1), to: formatDay(end - days) },
  };
};

export const dayWindow = (w: KpiWindow): DayWindow => ({ from: parseDay(w.from)!, to: parseDay(w.to)! });

/** Every precomputed window: each length, current and previous. */
export const allKpiWindows = (asOf: string) =>
  kpiDays.flatMap((days) => {
    const w = kpiWindows(asOf, days);
    return [
      { days, previous: false, window: w.current },
      { days, previous: true, window: w.previous },
    ];
  });
