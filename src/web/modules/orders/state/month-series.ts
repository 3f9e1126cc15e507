import type { CustomerPurchases } from '../../../../shared/contracts/orders';

type Month = CustomerPurchases['monthly'][number];

const nextMonth = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Every month from the first purchase to the last, with zeros where nothing was bought, so the
 * chart's time axis is honest about gaps. Input is oldest first ('YYYY-MM').
 */
export const fillMonths = (months: readonly Month[]): Month[] => {
  if (months.length === 0) return [];
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const last = months[months.length - 1]!.month;
  const filled: Month[] = [];
  // A 50-year guard: a malformed month must not loop forever.
  for (let month = months[0]!.month; filled.length < 600; month = nextMonth(month)) {
    filled.push(byMonth.get(month) ?? { month, revenueCents: 0, orders: 0 });
    if (month >= last) break;
  }
  return filled;
};
