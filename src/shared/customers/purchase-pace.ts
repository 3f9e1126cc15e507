/**
 * Days since the last order and purchase frequency, worked out from the stored rollups at the
 * moment they are read (they move with the clock, so they are never stored). The SQL of the
 * customer table's filters (server `customer-fields.ts`) computes the same numbers.
 */

const dayMs = 86_400_000;
/** An average month: 365.25 / 12 days. */
export const averageMonthDays = 30.4375;

/** Whole days since `lastOrderAt`, or null for a customer who never ordered. */
export const daysSinceLastOrder = (lastOrderAt: string | null, now: Date): number | null =>
  lastOrderAt === null ? null : Math.floor((now.getTime() - Date.parse(lastOrderAt)) / dayMs);

/**
 * Orders per month since the first order, counting at least one month so that a first order
 * placed today reads as 1 a month, not hundreds; two decimals. 0 for a customer who never ordered.
 */
export const purchaseFrequency = (orderCount: number, firstOrderAt: string | null, now: Date): number => {
  if (firstOrderAt === null || orderCount === 0) return 0;
  const months = Math.max(1, (now.getTime() - Date.parse(firstOrderAt)) / (averageMonthDays * dayMs));
  return Math.round((orderCount / months) * 100) / 100;
};
