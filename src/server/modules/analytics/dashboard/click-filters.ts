import type { FilterNode } from '../../../../shared/filter/filter';

/**
 * Filter trees (the shared filter language) that open exactly the customers behind a
 * dashboard number in the customer table: the dashboard's own filters (`base`) and the cell's.
 * Dates are days in the organisation's time zone, as the scores store them.
 */
export const within = (base: readonly FilterNode[], ...cell: FilterNode[]): FilterNode => ({
  and: [...base, ...cell],
});

export const eq = (field: string, value: string | number): FilterNode => ({ field, op: 'eq', value });
export const gte = (field: string, value: string | number): FilterNode => ({ field, op: 'gte', value });
export const lt = (field: string, value: string | number): FilterNode => ({ field, op: 'lt', value });
export const between = (field: string, from: string | number, to: string | number): FilterNode => ({
  field,
  op: 'between',
  value: [from, to],
});
export const hasAny = (field: string, values: readonly string[]): FilterNode => ({
  field,
  op: 'has_any',
  value: [...values],
});
export const isIn = (field: string, values: readonly string[]): FilterNode => ({
  field,
  op: 'in',
  value: [...values],
});

/** Customers who bought on some day of `from`…`to` (the window ends on the refresh day). */
export const boughtSince = (from: string) => gte('last_purchase_on', from);
/** A whole number of purchase days or more. */
export const repeatBuyers = () => gte('purchase_days', 2);
/** Acquired (first purchase) in one of the months `YYYY-MM`. */
export const inCohort = (...months: string[]) =>
  months.length === 1 ? eq('cohort', months[0]!) : isIn('cohort', months);
/** Bought in one of the months `YYYY-MM`. */
export const boughtIn = (...months: string[]) => hasAny('purchase_months', months);
/** Churned in the period `YYYY-MM` or `YYYY-Qn` and not back by its end. */
export const churnedIn = (period: string) => hasAny('churn_periods', [period]);
