import { formatDay, parseDay } from './day-number';

/** One purchase as it comes from a file or table: a date as 'YYYY-MM-DD' or a UTC day number. */
export type TransactionRow = { customerId: string; date: string | number; amount?: number };

/** Per customer, in first-seen order: day number → summed amount of that day's purchases. */
export type PurchaseHistory = Map<string, Map<number, number>>;

export type TimeUnit = 'day' | 'week';

/**
 * Adds one purchase. Same-day purchases merge into one transaction with their amounts
 * summed. Throws on a negative or non-finite amount.
 */
export const addPurchase = (history: PurchaseHistory, customerId: string, day: number, amount = 0): void => {
  if (!(Number.isFinite(amount) && amount >= 0)) throw new RangeError(`amount ${amount} is not a number ≥ 0`);
  let days = history.get(customerId);
  if (!days) history.set(customerId, (days = new Map()));
  days.set(day, (days.get(day) ?? 0) + amount);
};

/** Groups rows into a purchase history; throws naming the (1-based) row of a bad date or amount. */
export const groupPurchases = (rows: Iterable<TransactionRow>): PurchaseHistory => {
  const history: PurchaseHistory = new Map();
  let n = 0;
  for (const row of rows) {
    n++;
    const day = typeof row.date === 'number' ? row.date : parseDay(row.date);
    if (day === null || !Number.isInteger(day))
      throw new RangeError(`row ${n}: cannot read the date ${JSON.stringify(row.date)}`);
    try {
      addPurchase(history, row.customerId, day, row.amount);
    } catch (error) {
      throw new RangeError(`row ${n}: ${(error as Error).message}`);
    }
  }
  return history;
};

export type CustomerSummary = {
  customerId: string;
  /** Repeat transactions in the calibration period (distinct purchase days after the first). */
  x: number;
  /** Time of the last calibration purchase, measured from the first. */
  tx: number;
  /** Time from the first purchase to the end of calibration. */
  T: number;
  /** Mean value of the repeat transactions; 0 when x = 0. */
  monetary: number;
  firstDay: number;
  /** Total spend in the calibration period, first purchase included (historical value). */
  calibrationAmount: number;
  /** Transactions (purchase days) in the holdout period. */
  holdoutX: number;
  holdoutAmount: number;
};

export type SummaryOptions = {
  /** Last day of the calibration period (inclusive), as 'YYYY-MM-DD' or a day number. */
  calibrationEnd: string | number;
  timeUnit?: TimeUnit;
  /** Holdout length in days after the calibration end; default: up to the last purchase. */
  holdoutDays?: number;
};

export type TransactionSummary = {
  customers: CustomerSummary[];
  firstDay: number;
  lastDay: number;
  calibrationEnd: number;
  holdoutDays: number;
  /** Customers whose first purchase falls after the calibration end (not summarised). */
  laterCustomers: number;
};

const daysPer: Record<TimeUnit, number> = { day: 1, week: 7 };

/**
 * The per-customer (x, t_x, T, monetary value) summaries the models take, with the usual
 * conventions: the first purchase is not a repeat, and T runs from it to the calibration end.
 * Throws a RangeError when the calibration end is before the first purchase in the data.
 */
export const summariseTransactions = (
  history: PurchaseHistory,
  { calibrationEnd, timeUnit = 'week', holdoutDays }: SummaryOptions,
): TransactionSummary => {
  const end = typeof calibrationEnd === 'number' ? calibrationEnd : parseDay(calibrationEnd);
  if (end === null) throw new RangeError(`cannot read the calibration end ${calibrationEnd}`);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const days of history.values())
    for (const day of days.keys()) {
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  if (history.size === 0) throw new RangeError('there are no purchases');
  if (end < firstDay)
    throw new RangeError(
      `the calibration end ${formatDay(end)} is before the first purchase (${formatDay(firstDay)})`,
    );
  const holdout = holdoutDays ?? Math.max(0, lastDay - end);
  const unit = daysPer[timeUnit];
  const customers: CustomerSummary[] = [];
  let laterCustomers = 0;
  for (const [customerId, days] of history) {
    const sorted = [...days.keys()].sort((p, q) => p - q);
    const first = sorted[0]!;
    if (first > end) {
      laterCustomers++;
      continue;
    }
    let x = 0;
    let last = first;
    let repeatAmount = 0;
    let holdoutX = 0;
    let holdoutAmount = 0;
    for (const day of sorted) {
      const amount = days.get(day)!;
      if (day <= end) {
        if (day !== first) {
          x++;
          repeatAmount += amount;
        }
        last = day;
      } else if (day <= end + holdout) {
        holdoutX++;
        holdoutAmount += amount;
      }
    }
    customers.push({
      customerId,
      x,
      tx: (last - first) / unit,
      T: (end - first) / unit,
      monetary: x > 0 ? repeatAmount / x : 0,
      firstDay: first,
      calibrationAmount: days.get(first)! + repeatAmount,
      holdoutX,
      holdoutAmount,
    });
  }
  return { customers, firstDay, lastDay, calibrationEnd: end, holdoutDays: holdout, laterCustomers };
};
