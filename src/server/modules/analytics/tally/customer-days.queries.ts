import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import type { DashboardScope } from '../dashboard/dashboard-scope';

/** A customer's purchase days (day numbers, ascending) and each day's amount in minor units. */
export type CustomerDays = { id: string; days: number[]; amounts: number[] };

/** How purchase days are read: the organisation, its time zone, and the last day counted. */
export type DaysSource = { orgId: string; timeZone: string; asOf: string };

type Row = { customer_id: string; days: number[]; amounts: number[] };

/**
 * Purchase days from the orders: one per customer and day in the organisation's time zone, up
 * to and including `asOf`, the day's orders summed net of partial refunds — same-day orders are
 * one transaction, as the models expect. Cancelled and fully refunded orders count for nothing,
 * as in the customer rollups. (The rollups themselves count orders, not days, and keep no
 * per-day history, which the models, cohorts and churn series all need.)
 */
const purchaseDays = (s: DaysSource, customers: RawBuilder<boolean>) => sql`
  SELECT o.customer_id, (o.ordered_at AT TIME ZONE ${s.timeZone})::date AS day,
         sum(o.total_cents - o.refunded_cents) AS amount
  FROM orders o
  WHERE o.org_id = ${s.orgId} AND ${customers}
    AND o.status NOT IN ('cancelled', 'refunded')
    AND o.ordered_at < (${s.asOf}::date + 1)::timestamp AT TIME ZONE ${s.timeZone}
  GROUP BY 1, 2`;

/** Day numbers as `src/shared/analytics/day-number` counts them; amounts as float8 so they parse as numbers. */
const arrays = sql`array_agg(d.day - DATE '1970-01-01' ORDER BY d.day) AS days,
  array_agg(d.amount::float8 ORDER BY d.day) AS amounts`;

const toDays = (r: Row): CustomerDays => ({ id: r.customer_id, days: r.days, amounts: r.amounts });

/** The customer id ending a batch of about `rows` orders after `after`; null for the rest. */
const batchEnd = async (db: Kysely<DB>, orgId: string, after: string | null, rows: number) => {
  const { rows: found } = await sql<{ customer_id: string }>`
    SELECT customer_id FROM orders
    WHERE org_id = ${orgId} AND ${after ? sql`customer_id > ${after}` : sql`TRUE`}
    ORDER BY customer_id OFFSET ${rows} LIMIT 1`.execute(db);
  return found[0]?.customer_id ?? null;
};

/**
 * Every buyer's purchase days in customer-id order, a batch of about `batchOrders` orders at a
 * time (an index range scan each), so neither side holds one huge result. Customers in the bin
 * (merged ones included) are left out.
 */
export const streamOrgCustomerDays = async (
  db: Kysely<DB>,
  source: DaysSource,
  onBatch: (customers: CustomerDays[]) => Promise<void>,
  batchOrders = 100_000,
) => {
  let after: string | null = null;
  for (;;) {
    const upTo = await batchEnd(db, source.orgId, after, batchOrders);
    const range = sql<boolean>`${after ? sql`o.customer_id > ${after}` : sql`TRUE`}
      AND ${upTo ? sql`o.customer_id <= ${upTo}` : sql`TRUE`}
      AND o.customer_id NOT IN (SELECT id FROM customers WHERE org_id = ${source.orgId} AND deleted_at IS NOT NULL)`;
    const { rows } = await db.transaction().execute(async (tx) => {
      // Measured (DESIGN.md): big aggregations spill and run 3× slower with the default 4 MB.
      await sql`SET LOCAL work_mem = '256MB'`.execute(tx);
      return sql<Row>`
        SELECT d.customer_id, ${arrays} FROM (${purchaseDays(source, range)}) d
        GROUP BY d.customer_id ORDER BY d.customer_id`.execute(tx);
    });
    await onBatch(rows.map(toDays));
    if (!upTo) return;
    after = upTo;
  }
};

/**
 * The purchase days of the customers in `scope` who have bought, as the last refresh stored them
 * with their scores — the same days the organisation-wide figures were tallied from.
 */
export const scopedCustomerDays = async (db: Kysely<DB>, scope: DashboardScope): Promise<CustomerDays[]> => {
  const { rows } = await sql<Row>`
    SELECT s.customer_id, s.history_days AS days, s.history_cents::float8[] AS amounts
    FROM ${scope.scored} AND s.purchase_days > 0`.execute(db);
  return rows.map(toDays);
};

/** Customers in scope created before the end of each day `to` (organisation time zone). */
export const customersCreatedBy = async (
  db: Kysely<DB>,
  scope: DashboardScope,
  ends: readonly string[],
  timeZone: string,
): Promise<number[]> => {
  const { rows } = await sql<Record<string, number>>`
    SELECT ${sql.join(
      ends.map(
        (to, i) =>
          sql`count(*) FILTER (WHERE sc.created_at < (${to}::date + 1)::timestamp AT TIME ZONE ${timeZone})::int AS ${sql.ref(`c${i}`)}`,
      ),
    )}
    FROM (${scope.customers}) sc`.execute(db);
  return ends.map((_, i) => rows[0]![`c${i}`]!);
};
