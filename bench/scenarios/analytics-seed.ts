import pg from 'pg';
import { pgTypes } from '../../src/server/db/database';
import { hashPassword } from '../../src/server/modules/identity/auth/passwords';
import { newId } from '../../src/server/platform/ids';
import type { Target } from '../harness';
import { seedCustomers } from '../seed/seed-customers';

export type AnalyticsShop = {
  pool: pg.Pool;
  orgId: string;
  owner: { email: string; id: string };
  sales: { email: string; id: string };
  password: string;
  customers: number;
  orders: number;
  seedSeconds: number;
};

const password = 'Velvet-Harbor-42';

/** The mean purchase rate (a day) that gives about ten orders a customer. */
const MEAN_RATE = 0.035;

/**
 * Orders for every customer of the organisation, straight in SQL, drawn from a heterogeneous
 * buy-till-you-die process so that the models have something real to fit: 10% never buy; the
 * rest first bought up to three years ago, buy at a rate that varies between customers
 * (exponential, mean `rate` a day) until they drop out (lifetime exponential, mean 500 days), and
 * spend around a level of their own. 3% of orders are cancelled.
 */
const seedOrders = async (
  client: pg.PoolClient,
  orgId: string,
  after: string,
  upTo: string | null,
  rate: number,
) => {
  await client.query(
    `
    WITH c AS MATERIALIZED (
      SELECT id FROM customers WHERE org_id = $1 AND id > $2 AND ($3::uuid IS NULL OR id <= $3)
    ),
    b AS (
      SELECT id, age, span, k, spend FROM (
        SELECT id, age, least(age, floor(-ln(1 - random()) * 500))::int AS span,
               -ln(1 - random()) * $4 AS rate, 5000 + floor(-ln(1 - random()) * 20000) AS spend
        FROM (SELECT id, 30 + floor(random() * 1065)::int AS age FROM c WHERE random() >= 0.1) a
      ) d, LATERAL (SELECT least(200, floor(d.rate * d.span))::int AS k) kk
    )
    INSERT INTO orders (org_id, id, customer_id, status, channel, currency, ordered_at, total_cents)
    SELECT $1, gen_random_uuid(), b.id,
           CASE WHEN random() < 0.03 THEN 'cancelled' ELSE 'completed' END,
           (ARRAY['online_store', 'store', 'wechat', 'phone'])[1 + floor(random() * 4)::int], 'CNY',
           date_trunc('day', now()) - make_interval(days => b.age)
             + make_interval(days => CASE WHEN g = 0 THEN 0 ELSE floor(random() * b.span)::int END)
             + make_interval(secs => 8 * 3600 + floor(random() * 36000)::int),
           floor(b.spend * (0.5 + random()))::bigint
    FROM b, generate_series(0, b.k) g`,
    [orgId, after, upTo, rate],
  );
};

/**
 * A fresh organisation with `customers` customers (bench/seed) and their orders (about ten a
 * customer, times `orderScale`), plus an owner and a sales user who can sign in.
 */
export const seedAnalyticsShop = async (
  target: Target,
  customers: number,
  orderScale = 1,
): Promise<AnalyticsShop> => {
  const pool = new pg.Pool({ ...target.rawConnection, max: 4, types: pgTypes });
  const orgId = newId();
  const hash = await hashPassword(password);
  const stamp = Date.now().toString(36);
  const people = ['owner', ...Array.from({ length: 9 }, (_, i) => `sales${i}`)].map((role) => ({
    id: newId(),
    email: `analytics-${role}-${stamp}@example.com`,
    role: role === 'owner' ? 'owner' : 'sales',
  }));
  await pool.query(
    `INSERT INTO orgs (id, name, time_zone, currency, language) VALUES ($1, 'Analytics bench', 'Asia/Shanghai', 'CNY', 'zh-CN')`,
    [orgId],
  );
  for (const p of people)
    await pool.query(
      `INSERT INTO users (org_id, id, email, name, password_hash, role) VALUES ($1, $2, $3, $3, $4, $5)`,
      [orgId, p.id, p.email, hash, p.role],
    );
  const started = performance.now();
  await seedCustomers(
    pool,
    orgId,
    people.map((p) => p.id),
    customers,
  );
  const client = await pool.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    // Customers 20,000 at a time, in id order.
    let after: string | null = '00000000-0000-0000-0000-000000000000';
    while (after) {
      const next: pg.QueryResult<{ id: string }> = await client.query(
        'SELECT id FROM customers WHERE org_id = $1 AND id > $2 ORDER BY id OFFSET 19999 LIMIT 1',
        [orgId, after],
      );
      const upTo = next.rows[0]?.id ?? null;
      await seedOrders(client, orgId, after, upTo, MEAN_RATE * orderScale);
      after = upTo;
    }
  } finally {
    client.release();
  }
  await pool.query('ANALYZE orders');
  const { rows } = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM orders WHERE org_id = $1',
    [orgId],
  );
  return {
    pool,
    orgId,
    owner: people[0]!,
    sales: people[1]!,
    password,
    customers,
    orders: rows[0]!.n,
    seedSeconds: (performance.now() - started) / 1000,
  };
};
