import { civilDate, dayNumber, formatDay } from '../../../../shared/analytics/day-number';

/** Calendar periods over day numbers (days since 1970-01-01, organisation time zone). */
export type Period = 'month' | 'quarter';

const monthCache = new Map<number, number>();

/** Months since year 0 (year × 12 + month − 1) of a day number; cached, as the same days recur. */
export const monthIndex = (day: number): number => {
  let m = monthCache.get(day);
  if (m === undefined) {
    const { year, month } = civilDate(day);
    m = year * 12 + month - 1;
    if (monthCache.size > 100_000) monthCache.clear();
    monthCache.set(day, m);
  }
  return m;
};

/** The absolute index of the month or quarter a day falls in. */
export const periodIndex = (period: Period, day: number): number =>
  period === 'month' ? monthIndex(day) : Math.floor(monthIndex(day) / 3);

export const periodStartDay = (period: Period, index: number): number => {
  const m = period === 'month' ? index : index * 3;
  return dayNumber({ year: Math.floor(m / 12), month: (m % 12) + 1, day: 1 });
};

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
