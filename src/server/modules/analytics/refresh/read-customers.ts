import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import {
  customerRanges,
  readCustomerRange,
  type CustomersSource,
  type RefreshCustomer,
} from './org-customers.queries';
import { readPipelined } from './pipeline';
import { yieldToEventLoop } from './yield';

/** Customers per range: about 50,000 orders at ten orders a customer, each range a short query. */
export const RANGE_CUSTOMERS = 5_000;

/**
 * Reads every customer of the organisation a range at a time and hands each to `onCustomer`,
 * while the database already reads the next ranges: the database and this process work side by
 * side. Yields to the event loop every few hundred customers, which lets the next query go out
 * and keeps the server answering requests.
 */
export const readCustomers = async (
  db: Kysely<DB>,
  source: CustomersSource,
  onCustomer: (c: RefreshCustomer) => void,
  onRange: (customersSoFar: number) => Promise<void>,
  rangeSize = RANGE_CUSTOMERS,
) => {
  const cuts = await customerRanges(db, source.orgId, rangeSize);
  const ranges = [...cuts, null].map((upTo, i) => [i === 0 ? null : cuts[i - 1]!, upTo] as const);
  let seen = 0;
  await readPipelined(
    ranges.length,
    (i) => readCustomerRange(db, source, ...ranges[i]!),
    async (customers) => {
      for (let k = 0; k < customers.length; k++) {
        onCustomer(customers[k]!);
        if (k % 500 === 499) await yieldToEventLoop();
      }
      seen += customers.length;
      await onRange(seen);
    },
  );
};
