import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/**
 * The purchase columns of `customer_rollups` (P3) and `customer_products`, recomputed for the
 * given customers from their orders. Order writes call it in their own transaction after
 * locking the customers' rollup rows (`lockRollups`), so concurrent orders for one customer
 * queue instead of losing an update; `kehu rollups rebuild` calls the same statements in
 * batches, so "incremental" and "rebuilt" cannot drift apart by construction of two codes.
 *
 * Conventions: cancelled and fully refunded orders count for nothing; any other order counts
 * once, for its total less partial refunds; favourite product
 * is the one in most orders (then most revenue, then name); favourite category the one with
 * most revenue; preferred channel the one with most orders (then the latest).
 *
 * `onlyProducts` limits the per-product figures to those products: enough after a new order,
 * which changes no other product's figures.
 */
export const refreshPurchaseRollups = async (
  db: Kysely<DB>,
  orgId: string,
  customerIds: readonly string[],
  onlyProducts?: readonly string[],
): Promise<void> => {
  if (customerIds.length === 0) return;
  const ids = sql`${sql.val([...new Set(customerIds)])}::uuid[]`;
  const products = onlyProducts
    ? sql`AND product_id = ANY(${sql.val([...new Set(onlyProducts)])}::uuid[])`
    : sql``;
  await sql`DELETE FROM customer_products WHERE org_id = ${orgId} AND customer_id = ANY(${ids}) ${products}`.execute(
    db,
  );
  await sql`
    INSERT INTO customer_products (org_id, customer_id, product_id, orders, quantity, revenue_cents, last_ordered_at)
    SELECT o.org_id, o.customer_id, l.product_id, count(DISTINCT o.id)::int,
           sum(l.quantity - l.refunded_quantity)::int, sum(l.total_cents - l.refunded_cents), max(o.ordered_at)
    FROM orders o
    JOIN order_lines l ON l.org_id = o.org_id AND l.order_id = o.id
    WHERE o.org_id = ${orgId} AND o.customer_id = ANY(${ids}) AND o.status <> 'cancelled'
      ${onlyProducts ? sql`AND l.product_id = ANY(${sql.val([...new Set(onlyProducts)])}::uuid[])` : sql``}
    GROUP BY o.org_id, o.customer_id, l.product_id
    HAVING sum(l.quantity - l.refunded_quantity) > 0
  `.execute(db);
  await sql`
    UPDATE customer_rollups r SET
      order_count = coalesce(a.order_count, 0),
      revenue_cents = coalesce(a.revenue_cents, 0),
      first_order_at = a.first_order_at,
      last_order_at = a.last_order_at,
      avg_order_cents = CASE WHEN a.order_count > 0 THEN round(a.revenue_cents::numeric / a.order_count)::bigint END,
      favourite_product_id = fp.product_id,
      favourite_product = fp.name,
      favourite_category = fc.name,
      preferred_channel = ch.channel,
      updated_at = now()
    FROM customer_rollups r0
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS order_count,
             sum(o.total_cents - o.refunded_cents) AS revenue_cents,
             min(o.ordered_at) AS first_order_at, max(o.ordered_at) AS last_order_at
      FROM orders o
      WHERE o.org_id = r0.org_id AND o.customer_id = r0.customer_id AND o.status NOT IN ('cancelled', 'refunded')
    ) a ON true
    LEFT JOIN LATERAL (
      SELECT cp.product_id, p.name
      FROM customer_products cp JOIN products p ON p.org_id = cp.org_id AND p.id = cp.product_id
      WHERE cp.org_id = r0.org_id AND cp.customer_id = r0.customer_id
      ORDER BY cp.orders DESC, cp.revenue_cents DESC, p.name, cp.product_id
      LIMIT 1
    ) fp ON true
    LEFT JOIN LATERAL (
      SELECT pc.name
      FROM customer_products cp
      JOIN products p ON p.org_id = cp.org_id AND p.id = cp.product_id
      JOIN product_categories pc ON pc.org_id = p.org_id AND pc.id = p.category_id
      WHERE cp.org_id = r0.org_id AND cp.customer_id = r0.customer_id
      GROUP BY pc.id, pc.name
      ORDER BY sum(cp.revenue_cents) DESC, pc.name
      LIMIT 1
    ) fc ON true
    LEFT JOIN LATERAL (
      SELECT o.channel
      FROM orders o
      WHERE o.org_id = r0.org_id AND o.customer_id = r0.customer_id AND o.status NOT IN ('cancelled', 'refunded')
      GROUP BY o.channel
      ORDER BY count(*) DESC, max(o.ordered_at) DESC, o.channel
      LIMIT 1
    ) ch ON true
    WHERE r0.org_id = ${orgId} AND r0.customer_id = ANY(${ids})
      AND r.org_id = r0.org_id AND r.customer_id = r0.customer_id
  `.execute(db);
};

/**
 * Locks the customers' rollup rows until the transaction ends, in id order so two orders
 * touching the same pair of customers cannot deadlock.
 */
export const lockRollups = async (db: Kysely<DB>, orgId: string, customerIds: readonly string[]) => {
  await sql`
    SELECT 1 FROM customer_rollups
    WHERE org_id = ${orgId} AND customer_id = ANY(${sql.val([...new Set(customerIds)])}::uuid[])
    ORDER BY customer_id FOR UPDATE
  `.execute(db);
};

/** One batch of customer ids after `after`, in id order, for a rebuild. */
export const nextRollupBatch = async (
  db: Kysely<DB>,
  orgId: string,
  after: string | null,
  size: number,
): Promise<string[]> => {
  let q = db
    .selectFrom('customer_rollups')
    .select('customer_id')
    .where('org_id', '=', orgId)
    .orderBy('customer_id')
    .limit(size);
  if (after) q = q.where('customer_id', '>', after);
  return (await q.execute()).map((r) => r.customer_id);
};
