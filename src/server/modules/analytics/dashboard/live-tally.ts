import { parseDay } from '../../../../shared/analytics/day-number';
import { scopedCustomerDays } from '../tally/customer-days.queries';
import { createDashboardTally } from '../tally/dashboard-tally';
import type { DayWindow } from '../tally/window-tally';
import type { DashboardContext } from './dashboard-context';

/**
 * The dashboard tallies over the caller's customers, computed now from the purchase days the
 * last refresh stored with their scores — for viewers who see only some customers, or who filter.
 */
export const liveTally = async (
  c: DashboardContext & { asOf: string },
  windows: readonly DayWindow[] = [],
) => {
  const tally = createDashboardTally(parseDay(c.asOf)!, c.settings.churn.inactiveDays, windows);
  const days = await scopedCustomerDays(c.db, c.scope);
  for (const customer of days) tally.add(customer.days, customer.amounts);
  return tally;
};
