import { loadavg } from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../../src/server/db/schema';
import { pgTypes } from '../../src/server/db/database';
import { newId } from '../../src/server/platform/ids';
import {
  lockRollups,
  refreshPurchaseRollups,
} from '../../src/server/modules/orders/rollups/purchase-rollups.queries';
import { measureLoop, type Measurement, type Row, type Target } from '../harness';
import { createApiKey, createBenchOrg, seedCatalogue, type Catalogue } from '../seed/seed-orders';

const CLIENTS = 16;
const SECONDS = 10;
const CUSTOMERS = 3000;
const PRODUCTS = 200;
/** One order in five goes to one of 20 "hot" customers, so some customers get concurrent orders. */
const HOT = 20;

type Line = { productId: string; quantity: number; priceCents: number };
type PlannedOrder = { customerId: string; lines: Line[] };

/** A random order of 1–3 distinct products, quantity 1–3 each. */
const planOrder = (c: Catalogue): PlannedOrder => {
  const pick = (n: number) => Math.floor(Math.random() * n);
  const customerId = c.customerIds[Math.random() < 0.2 ? pick(HOT) : pick(c.customerIds.length)]!;
  const lines = new Map<string, Line>();
  for (let i = 1 + pick(3); lines.size < i;) {
    const p = c.products[pick(c.products.length)]!;
    lines.set(p.id, { productId: p.id, quantity: 1 + pick(3), priceCents: p.priceCents });
  }
  return { customerId, lines: [...lines.values()] };
};

type Check = { orders: number; ok: boolean; text: string };

/** Rollups against the orders they summarise: totals, order counts, and order totals against lines. */
const checkRollups = async (pool: pg.Pool, orgId: string, expectedOrders: number): Promise<Check> => {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*) FROM orders WHERE org_id = $1 AND status NOT IN ('cancelled', 'refunded'))::bigint AS orders,
            (SELECT coalesce(sum(total_cents - refunded_cents), 0) FROM orders
              WHERE org_id = $1 AND status NOT IN ('cancelled', 'refunded'))::bigint AS order_cents,
            (SELECT coalesce(sum(total_cents), 0) FROM order_lines WHERE org_id = $1)::bigint AS line_cents,
            (SELECT coalesce(sum(order_count), 0) FROM customer_rollups WHERE org_id = $1)::bigint AS rollup_orders,
            (SELECT coalesce(sum(revenue_cents), 0) FROM customer_rollups WHERE org_id = $1)::bigint AS rollup_cents`,
    [orgId],
  );
  const r = rows[0] as Record<string, number>;
  const ok =
    r.orders === expectedOrders &&
    r.rollup_orders === r.orders &&
    r.rollup_cents === r.order_cents &&
    r.line_cents === r.order_cents;
  const text =
    `${ok ? 'rollups check out' : 'ROLLUP MISMATCH'}: ${r.orders} orders in the database ` +
    `(${expectedOrders} acknowledged), rollup order counts sum to ${r.rollup_orders}; ` +
    `order totals ${r.order_cents} cents, lines ${r.line_cents}, rollup revenue ${r.rollup_cents}`;
  return { orders: r.orders!, ok, text };
};

/**
 * POST /api/v1/orders (1–3 lines, a fresh Idempotency-Key each, rollups refreshed in the same
 * transaction) from 16 clients with an API key, against 16 raw SQL clients doing the same inserts
 * and the same rollup refresh statements in transactions. Each phase ends with a check that the
 * rollups add up to the orders; a mismatch counts as an error.
 */
export const orderApi = async (target: Target): Promise<Row[]> => {
  const load = loadavg()[0]!.toFixed(1);
  const org = await createBenchOrg(target, { name: 'Order API', currency: 'CNY', timeZone: 'Asia/Shanghai' });
  const apiKey = await createApiKey(target, org);
  const pool = new pg.Pool({ ...target.rawConnection, max: CLIENTS, types: pgTypes });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    const catalogue = await seedCatalogue(pool, org.orgId, org.userId, {
      customers: CUSTOMERS,
      products: PRODUCTS,
    });
    let acknowledged = 0;
    const post = async () => {
      const order = planOrder(catalogue);
      const res = await fetch(`${target.server.url}/api/v1/orders`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': newId(),
        },
        body: JSON.stringify({
          customerId: order.customerId,
          channel: 'online_store',
          lines: order.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
        }),
      });
      if (res.status !== 200) throw new Error(`POST /api/v1/orders → ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      acknowledged++;
    };
    await measureLoop(4, 2, post); // warm-up: first requests compile code paths and plans
    const api = await measureLoop(CLIENTS, SECONDS, post);
    const apiCheck = await checkRollups(pool, org.orgId, acknowledged);

    const insertRaw = async () => {
      const order = planOrder(catalogue);
      const id = newId();
      const lines = order.lines.map((l, i) => ({
        org_id: org.orgId,
        order_id: id,
        line_no: i + 1,
        product_id: l.productId,
        product_name: 'Product',
        quantity: l.quantity,
        unit_price_cents: l.priceCents,
        discount_cents: 0,
        total_cents: l.priceCents * l.quantity,
      }));
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('orders')
          .values({
            org_id: org.orgId,
            id,
            customer_id: order.customerId,
            status: 'placed',
            channel: 'online_store',
            currency: 'CNY',
            ordered_at: new Date(),
            total_cents: lines.reduce((s, l) => s + l.total_cents, 0),
          })
          .execute();
        await tx.insertInto('order_lines').values(lines).execute();
        await lockRollups(tx, org.orgId, [order.customerId]);
        await refreshPurchaseRollups(tx, org.orgId, [order.customerId]);
      });
      acknowledged++;
    };
    const raw = await measureLoop(CLIENTS, SECONDS, insertRaw);
    const rawCheck = await checkRollups(pool, org.orgId, acknowledged);

    const scenario = `create order, 1–3 lines, rollups in the same transaction (${CUSTOMERS.toLocaleString('en')} customers, ${PRODUCTS} products)`;
    const withCheck = (m: Measurement, check: Check) => ({ ...m, errors: m.errors + (check.ok ? 0 : 1) });
    return [
      {
        scenario,
        database: target.kind,
        variant: `API POST /api/v1/orders, ${CLIENTS} clients`,
        measurement: withCheck(api, apiCheck),
        note:
          `API key auth, a new Idempotency-Key per order, 1 order in 5 to one of ${HOT} hot customers; ` +
          `after the API run ${apiCheck.text}; load average ${load} at start`,
      },
      {
        scenario,
        database: target.kind,
        variant: `raw SQL insert + rollup refresh, ${CLIENTS} clients`,
        measurement: withCheck(raw, rawCheck),
        note:
          'per order one transaction: INSERT orders, INSERT order_lines, lock the rollup row, the same rollup ' +
          'refresh statements as the app (no idempotency key, audit, timeline, read-back or HTTP); ' +
          `after both runs ${rawCheck.text}`,
      },
    ];
  } finally {
    await pool.end();
  }
};
