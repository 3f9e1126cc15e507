import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** One customer of the organisation, as the refresh reads it. */
export type RefreshCustomer = {
  id: string;
  ownerId: string | null;
  teamId: string | null;
  /** The preferred channel from the customer's rollups. */
  channel: string | null;
  /** The stage the last refresh gave the customer; null if it was never scored. */
  oldStage: string | null;
  /** Bit i is set when the customer was created by the end of day `createdBy[i]` (organisation time zone). */
  createdBy: number;
  /** Purchase days (day numbers, ascending) and each day's spend in minor units; empty for prospects. */
  days: number[];
  amounts: number[];
  /** The same as array literals ('{20450,20480}'), as the scores store them. */
  historyDays: string;
  historyCents: string;
};

/** Which customers and purchases a refresh reads: the organisation, its time zone, the last day counted. */
export type CustomersSource = { orgId: string; timeZone: string; asOf: string; createdBy: readonly string[] };

type CustomerRow = {
  id: string;
  owner_id: string | null;
  team_id: string | null;
  channel: string | null;
  old_stage: string | null;
  created_by: number;
};

/** Comma-separated, each order's day and amount: plain text splits several times faster than array literals parse. */
type PurchasesRow = { customer_id: string; days: string; amounts: string };

/**
 * Ids that cut the organisation's customers (bin included) into ranges of `size`, ascending;
 * the last range runs from the last id to the end.
 */
export const customerRanges = async (db: Kysely<DB>, orgId: string, size: number): Promise<string[]> => {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM (
      SELECT id, row_number() OVER (ORDER BY id) AS n FROM customers WHERE org_id = ${orgId}
    ) t WHERE n % ${size} = 0 ORDER BY id`.execute(db);
  return rows.map((r) => r.id);
};

/**
 * Merges same-day orders into one purchase day, as the models expect. Orders come ordered by
 * time, so days come out ascending.
 */
const purchaseDays = (orderDays: string, orderAmounts: string) => {
  const dayTexts = orderDays.split(',');
  const amountTexts = orderAmounts.split(',');
  const days: number[] = [];
  const amounts: number[] = [];
  for (let i = 0; i < dayTexts.length; i++) {
    const day = Number(dayTexts[i]);
    const amount = Number(amountTexts[i]);
    if (days.length > 0 && days[days.length - 1] === day) amounts[amounts.length - 1]! += amount;
    else {
      days.push(day);
      amounts.push(amount);
    }
  }
  // Most customers never order twice a day: their text is already the history.
  const merged = days.length < dayTexts.length;
  return {
    days,
    amounts,
    historyDays: `{${merged ? days.join(',') : orderDays}}`,
    historyCents: `{${merged ? amounts.join(',') : orderAmounts}}`,
  };
};

const noPurchases = { days: [], amounts: [], historyDays: '{}', historyCents: '{}' };

type Range = { after: string | null; upTo: string | null };

const inRange = (column: string, { after, upTo }: Range) =>
  sql`${after ? sql`${sql.ref(column)} > ${after}` : sql`TRUE`} AND ${upTo ? sql`${sql.ref(column)} <= ${upTo}` : sql`TRUE`}`;

/**
 * The range's customers, not in the bin nor merged away, in id order, with their owner, team,
 * preferred channel and last stage. Channel and stage are looked up per customer through the
 * primary keys: a join here once let a misestimated plan rescan a whole range per customer.
 */
const customersInRange = (db: Kysely<DB>, s: CustomersSource, range: Range) => {
  const createdBy = s.createdBy.length
    ? sql.join(
        s.createdBy.map(
          (day, i) =>
            sql`((c.created_at < (${day}::date + 1)::timestamp AT TIME ZONE ${s.timeZone})::int << ${sql.lit(i)})`,
        ),
        sql` | `,
      )
    : sql`0`;
  return sql<CustomerRow>`
    SELECT c.id, c.owner_id, c.team_id,
           (SELECT r.preferred_channel FROM customer_rollups r
            WHERE r.org_id = c.org_id AND r.customer_id = c.id) AS channel,
           (SELECT sc.lifecycle_stage FROM customer_scores sc
            WHERE sc.org_id = c.org_id AND sc.customer_id = c.id) AS old_stage,
           ${createdBy} AS created_by
    FROM customers c
    WHERE c.org_id = ${s.orgId} AND ${inRange('c.id', range)} AND c.deleted_at IS NULL AND c.merged_into IS NULL
    ORDER BY c.id`
    .execute(db)
    .then((r) => r.rows);
};

/**
 * The range's orders that count, per customer in id order: each order's day in the
 * organisation's time zone, up to and including `asOf`, and its amount net of partial refunds.
 * Cancelled and fully refunded orders count for nothing, as in the customer rollups.
 */
const purchasesInRange = (db: Kysely<DB>, s: CustomersSource, range: Range) =>
  sql<PurchasesRow>`
    SELECT o.customer_id,
           string_agg(((o.ordered_at AT TIME ZONE ${s.timeZone})::date - DATE '1970-01-01')::text, ','
                      ORDER BY o.ordered_at) AS days,
           string_agg((o.total_cents - o.refunded_cents)::text, ',' ORDER BY o.ordered_at) AS amounts
    FROM orders o
    WHERE o.org_id = ${s.orgId} AND ${inRange('o.customer_id', range)}
      AND o.status NOT IN ('cancelled', 'refunded')
      AND o.ordered_at < (${s.asOf}::date + 1)::timestamp AT TIME ZONE ${s.timeZone}
    GROUP BY o.customer_id
    ORDER BY o.customer_id`
    .execute(db)
    .then((r) => r.rows);

/**
 * The customers with ids in (`after`, `upTo`] (null: unbounded), not in the bin nor merged away,
 * in id order, with their owner, team, preferred channel, last stage, and purchase days: one per
 * day in the organisation's time zone, the day's orders summed. Two single-table queries (run
 * side by side where the database can), merged here by id: no join for a planner to misjudge.
 */
export const readCustomerRange = async (
  db: Kysely<DB>,
  s: CustomersSource,
  after: string | null,
  upTo: string | null,
): Promise<RefreshCustomer[]> => {
  const [customers, purchases] = await Promise.all([
    customersInRange(db, s, { after, upTo }),
    purchasesInRange(db, s, { after, upTo }),
  ]);
  let p = 0;
  return customers.map((c) => {
    // Both lists ascend by id (a uuid's text orders as its bytes); buyers in the bin are skipped.
    while (p < purchases.length && purchases[p]!.customer_id < c.id) p++;
    const bought = purchases[p]?.customer_id === c.id ? purchases[p]! : null;
    return {
      id: c.id,
      ownerId: c.owner_id,
      teamId: c.team_id,
      channel: c.channel,
      oldStage: c.old_stage,
      createdBy: c.created_by,
      ...(bought ? purchaseDays(bought.days, bought.amounts) : noPurchases),
    };
  });
};
