import { civilDate, dayNumber, formatDay } from '../../../../shared/analytics/day-number';

/** Calendar periods over day numbers (days since 1970-01-01, organisation time zone). */
export type Period = 'month' | 'quarter';

/**
 * Month lookups for the days of 1970–2169, read for every purchase day of every customer in a
 * refresh: a table beats the calendar arithmetic several times over. Days outside fall back to it.
 */
const FIRST_MONTH = 1970 * 12;
const MONTHS = 200 * 12;
const monthStartDays = Int32Array.from({ length: MONTHS + 1 }, (_, m) =>
  dayNumber({ year: Math.floor((FIRST_MONTH + m) / 12), month: ((FIRST_MONTH + m) % 12) + 1, day: 1 }),
);
const monthOfDay = new Uint16Array(monthStartDays[MONTHS]!);
for (let m = 0; m < MONTHS; m++) monthOfDay.fill(m, monthStartDays[m]!, monthStartDays[m + 1]!);

/** Months since year 0 (year × 12 + month − 1) of a day number. */
export const monthIndex = (day: number): number => {
  if (day >= 0 && day < monthOfDay.length) return FIRST_MONTH + monthOfDay[day]!;
  const { year, month } = civilDate(day);
  return year * 12 + month - 1;
};

/** The absolute index of the month or quarter a day falls in. */
export const periodIndex = (period: Period, day: number): number =>
  period === 'month' ? monthIndex(day) : Math.floor(monthIndex(day) / 3);

const monthStartDay = (m: number): number =>
  m >= FIRST_MONTH && m <= FIRST_MONTH + MONTHS
    ? monthStartDays[m - FIRST_MONTH]!
    : dayNumber({ year: Math.floor(m / 12), month: (m % 12) + 1, day: 1 });

export const periodStartDay = (period: Period, index: number): number =>
  monthStartDay(period === 'month' ? index : index * 3);

export const periodEndDay = (period: Period, index: number): number => periodStartDay(period, index + 1) - 1;

/** 'YYYY-MM' of a month index. */
export const monthLabel = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** 'YYYY-MM' or 'YYYY-Qn'. */
export const periodLabel = (period: Period, index: number): string =>
  period === 'month' ? monthLabel(index) : `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/** 'YYYY-MM-DD' of the period's first day. */
export const periodStart = (period: Period, index: number): string =>
  formatDay(periodStartDay(period, index));
