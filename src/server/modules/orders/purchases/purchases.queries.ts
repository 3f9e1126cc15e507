import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** Net revenue and order count per month (in the organisation's time zone), oldest first. */
export const monthlySpend = async (db: Kysely<DB>, orgId: string, customerId: string, timeZone: string) => {
  const { rows } = await sql<{ month: string; revenue_cents: number; orders: number }>`
    SELECT to_char(o.ordered_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month,
           sum(o.total_cents - o.refunded_cents)::bigint AS revenue_cents, count(*)::int AS orders
    FROM orders o
    WHERE o.org_id = ${orgId} AND o.customer_id = ${customerId} AND o.status NOT IN ('cancelled', 'refunded')
    GROUP BY 1 ORDER BY 1`.execute(db);
  return rows;
};

/** Net revenue and items per category (leaf category; null for uncategorised products). */
export const categorySpend = async (db: Kysely<DB>, orgId: string, customerId: string) => {
  const { rows } = await sql<{ category: string | null; revenue_cents: number; quantity: number }>`
    SELECT pc.name AS category, sum(cp.revenue_cents)::bigint AS revenue_cents, sum(cp.quantity)::int AS quantity
    FROM customer_products cp
    JOIN products p ON p.org_id = cp.org_id AND p.id = cp.product_id
    LEFT JOIN product_categories pc ON pc.org_id = p.org_id AND pc.id = p.category_id
    WHERE cp.org_id = ${orgId} AND cp.customer_id = ${customerId}
    GROUP BY pc.name ORDER BY 2 DESC, 1 LIMIT 20`.execute(db);
  return rows;
};

/** The customer's products, most ordered first. */
export const productsBought = async (db: Kysely<DB>, orgId: string, customerId: string) => {
  const { rows } = await sql<{
    product_id: string;
    name: string;
    orders: number;
    quantity: number;
    revenue_cents: number;
    last_ordered_at: Date;
  }>`
    SELECT cp.product_id, p.name, cp.orders, cp.quantity, cp.revenue_cents, cp.last_ordered_at
    FROM customer_products cp JOIN products p ON p.org_id = cp.org_id AND p.id = cp.product_id
    WHERE cp.org_id = ${orgId} AND cp.customer_id = ${customerId}
    ORDER BY cp.orders DESC, cp.revenue_cents DESC, p.name LIMIT 50`.execute(db);
  return rows;
};
