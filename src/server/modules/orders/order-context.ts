import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { defaultChannels } from './channels/channels.service';
import type { Issue } from './order-lines';

/** What checking an order needs from its organisation. */
export type OrderContext = { currency: string; timeZone: string; channels: string[] };

/** One round trip: every order write starts here. */
export const loadOrderContext = async (db: Kysely<DB>, orgId: string): Promise<OrderContext> => {
  const { rows } = await sql<{
    currency: string;
    time_zone: string;
    channels: string[] | null;
    customised: boolean;
  }>`
    SELECT o.currency, o.time_zone,
           (SELECT array_agg(c.key ORDER BY c.position) FROM order_channels c
            WHERE c.org_id = o.id AND NOT c.archived) AS channels,
           EXISTS (SELECT 1 FROM order_channels c WHERE c.org_id = o.id) AS customised
    FROM orgs o WHERE o.id = ${orgId}`.execute(db);
  const org = rows[0]!;
  return {
    currency: org.currency.trim(),
    timeZone: org.time_zone,
    // An organisation that never edited its channels has the defaults.
    channels: org.customised ? (org.channels ?? []) : defaultChannels,
  };
};

const dayMs = 24 * 60 * 60 * 1000;

/** An order time: a real instant, not more than a day ahead (clock skew, time zones), not before 1970. */
export const checkOrderedAt = (text: string | undefined, issues: Issue[], path = 'orderedAt'): Date => {
  if (text === undefined) return new Date();
  const at = new Date(text);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text))
    issues.push({
      path,
      message: `${text} is not a date and time (use ISO 8601, e.g. 2026-03-01T10:30:00+08:00)`,
    });
  else if (at.getTime() > Date.now() + dayMs)
    issues.push({ path, message: `${text} is more than a day in the future` });
  else if (at.getTime() < 0) issues.push({ path, message: `${text} is before 1970` });
  return at;
};

export const checkChannel = (context: OrderContext, channel: string, issues: Issue[], path = 'channel') => {
  if (!context.channels.includes(channel))
    issues.push({
      path,
      message: `${channel} is not a sales channel of this organisation (one of: ${context.channels.join(', ')})`,
    });
};

export const checkCurrency = (context: OrderContext, currency: string | undefined, issues: Issue[]) => {
  if (currency !== undefined && currency !== context.currency)
    issues.push({
      path: 'currency',
      message: `is ${currency} but this organisation records orders in ${context.currency}`,
    });
  return context.currency;
};
