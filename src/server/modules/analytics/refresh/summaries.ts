import type { RefreshCustomer } from './org-customers.queries';
import { monthIndex, monthLabel, periodEndDay, periodIndex, periodLabel } from '../tally/calendar-periods';

/**
 * Per buying customer, in columns (index i = customer i): what the models, the scores and the
 * click-through filters need from the purchase days. Days are day numbers.
 */
export type Summaries = {
  ids: string[];
  /** The customer's slice (see slices.ts) and the stage the last refresh gave it. */
  slice: number[];
  oldStage: (string | null)[];
  /** The KPI windows by whose end the customer existed, as bits (see RefreshCustomer). */
  createdBy: number[];
  firstDay: number[];
  lastDay: number[];
  /** Purchase days (transactions); the first is not a repeat, so x = purchaseDays − 1. */
  purchaseDays: number[];
  totalCents: number[];
  /** Spend on every purchase day but the first (for the Gamma-Gamma mean of repeats). */
  repeatCents: number[];
  /** The latest purchase that ended a gap of at least the churn days; NaN if none. */
  lastReturnDay: number[];
  /** Purchase days on or before the calibration end, the last of them (NaN if none), and those after. */
  calibrationDays: number[];
  calibrationLastDay: number[];
  holdoutDays: number[];
  /** Comma-separated 'YYYY-MM' of the months with purchases. */
  months: string[];
  /** Comma-separated months ('YYYY-MM') and quarters ('YYYY-Qn') in which the customer churned. */
  churnPeriods: string[];
  /** The purchase days and their amounts as array literals ('{20450,20480}'), stored with the scores. */
  historyDays: string[];
  historyCents: string[];
};

export type SummaryOptions = { asOfDay: number; calibrationEndDay: number; churnDays: number };

export const emptySummaries = (): Summaries => ({
  ids: [],
  slice: [],
  oldStage: [],
  createdBy: [],
  firstDay: [],
  lastDay: [],
  purchaseDays: [],
  totalCents: [],
  repeatCents: [],
  lastReturnDay: [],
  calibrationDays: [],
  calibrationLastDay: [],
  holdoutDays: [],
  months: [],
  churnPeriods: [],
  historyDays: [],
  historyCents: [],
});

/**
 * Periods in which the customer went `churnDays` without buying (the day after the last
 * purchase + N, up to asOf) and was not back by the period's end — the same rule the churn
 * series counts by.
 */
const churnLabels = (days: readonly number[], { asOfDay, churnDays }: SummaryOptions): string[] => {
  const labels: string[] = [];
  for (const period of ['month', 'quarter'] as const) {
    let last = Number.NaN;
    for (let i = 0; i < days.length; i++) {
      const lapse = days[i]! + churnDays;
      if (lapse > asOfDay) break;
      const q = periodIndex(period, lapse);
      const next = days[i + 1];
      if (q !== last && (next === undefined || next > Math.min(periodEndDay(period, q), asOfDay))) {
        labels.push(periodLabel(period, q));
        last = q;
      }
    }
  }
  return labels;
};

/** Appends one buyer's summary (purchase days ascending, all on or before asOf). */
export const addSummary = (s: Summaries, c: RefreshCustomer, slice: number, opts: SummaryOptions) => {
  const { days, amounts } = c;
  let total = 0;
  let lastReturn = Number.NaN;
  let calibrationDays = 0;
  let calibrationLast = Number.NaN;
  const months: string[] = [];
  let lastMonth = Number.NaN;
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    total += amounts[i]!;
    if (i > 0 && day - days[i - 1]! >= opts.churnDays) lastReturn = day;
    if (day <= opts.calibrationEndDay) {
      calibrationDays++;
      calibrationLast = day;
    }
    const month = monthIndex(day);
    if (month !== lastMonth) {
      months.push(monthLabel(month));
      lastMonth = month;
    }
  }
  s.ids.push(c.id);
  s.slice.push(slice);
  s.oldStage.push(c.oldStage);
  s.createdBy.push(c.createdBy);
  s.firstDay.push(days[0]!);
  s.lastDay.push(days.at(-1)!);
  s.purchaseDays.push(days.length);
  s.totalCents.push(total);
  s.repeatCents.push(total - amounts[0]!);
  s.lastReturnDay.push(lastReturn);
  s.calibrationDays.push(calibrationDays);
  s.calibrationLastDay.push(calibrationLast);
  s.holdoutDays.push(days.length - calibrationDays);
  s.months.push(months.join(','));
  s.churnPeriods.push(churnLabels(days, opts).join(','));
  s.historyDays.push(c.historyDays);
  s.historyCents.push(c.historyCents);
};

/** The customers who have not bought (prospects), in columns like the summaries. */
export type Prospects = {
  ids: string[];
  slice: number[];
  oldStage: (string | null)[];
  createdBy: number[];
};

export const emptyProspects = (): Prospects => ({ ids: [], slice: [], oldStage: [], createdBy: [] });
