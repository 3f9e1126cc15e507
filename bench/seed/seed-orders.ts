import type pg from 'pg';
import { newId } from '../../src/server/platform/ids';
import { runCli } from '../../test/support/server-process';
import type { Target } from '../harness';
import type { BenchOrg } from '../scenarios/bench-org';

const PASSWORD = 'Velvet-Harbor-42';

/** The `kehu` CLI's environment for a target: the running server's socket (embedded) or its database. */
export const cliEnv = (target: Target): Record<string, string> =>
  target.kind === 'embedded'
    ? { KEHU_DATA_DIR: target.rawConnection.host! }
    : { DATABASE_URL: target.rawConnection.connectionString! };

/**
 * Another organisation on a running target (`kehu create-admin` through the CLI, as an operator
 * would; the first-run setup endpoint works only once per installation) and its owner's session.
 */
export const createBenchOrg = async (
  target: Target,
  org: { name: string; currency: string; timeZone: string },
): Promise<BenchOrg & { name: string }> => {
  const name = `${org.name} ${Date.now().toString(36)}`;
  const email = `bench-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const created = await runCli(
    [
      'create-admin',
      ...['--email', email, '--password', PASSWORD, '--org', name],
      ...['--currency', org.currency, '--time-zone', org.timeZone, '--language', 'en'],
    ],
    cliEnv(target),
  );
  if (created.code !== 0) throw new Error(`kehu create-admin failed:\n${created.stderr}`);
  const res = await fetch(`${target.server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const me = (await res.json()) as { user: { id: string }; org: { id: string }; csrfToken: string };
  return { name, cookie, csrf: me.csrfToken, orgId: me.org.id, userId: me.user.id };
};

/** An admin API key for integrations (`Authorization: Bearer …`), made by the owner. */
export const createApiKey = async (target: Target, org: BenchOrg): Promise<string> => {
  const res = await fetch(`${target.server.url}/api/v1/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: org.cookie, 'x-csrf-token': org.csrf },
    body: JSON.stringify({ name: 'Order bench', role: 'admin' }),
  });
  if (res.status !== 200) throw new Error(`API key failed: ${await res.text()}`);
  return ((await res.json()) as { secret: string }).secret;
};

export type Catalogue = {
  customerIds: string[];
  products: { id: string; priceCents: number }[];
};

/**
 * Customers without orders (rollups at zero) and a product catalogue in 10 categories, straight
 * in SQL. Prices run from ¥5 to ¥500.
 */
export const seedCatalogue = async (
  pool: pg.Pool,
  orgId: string,
  ownerId: string,
  counts: { customers: number; products: number },
): Promise<Catalogue> => {
  const categoryIds = Array.from({ length: 10 }, () => newId());
  await pool.query(
    `INSERT INTO product_categories (org_id, id, name, position)
     SELECT $1, id, 'Category ' || n, n FROM unnest($2::uuid[]) WITH ORDINALITY AS c(id, n)`,
    [orgId, categoryIds],
  );
  const products = Array.from({ length: counts.products }, (_, i) => ({
    id: newId(),
    priceCents: 500 + ((i * 7919) % 100) * 500,
  }));
  await pool.query(
    `INSERT INTO products (org_id, id, sku, name, category_id, list_price_cents)
     SELECT $1, p.id, 'SKU-' || lpad(p.n::text, 4, '0'), 'Product ' || p.n, ($2::uuid[])[1 + p.n % 10], p.price
     FROM unnest($3::uuid[], $4::bigint[]) WITH ORDINALITY AS p(id, price, n)`,
    [orgId, categoryIds, products.map((p) => p.id), products.map((p) => p.priceCents)],
  );
  const customerIds = Array.from({ length: counts.customers }, () => newId());
  await pool.query(
    `WITH ins AS (
       INSERT INTO customers (org_id, id, kind, name, name_key, search_text, owner_id)
       SELECT $1, c.id, 'person', 'Order Customer ' || c.n, 'order customer ' || c.n, 'order customer ' || c.n, $2
       FROM unnest($3::uuid[]) WITH ORDINALITY AS c(id, n)
       RETURNING org_id, id)
     INSERT INTO customer_rollups (org_id, customer_id) SELECT org_id, id FROM ins`,
    [orgId, ownerId, customerIds],
  );
  await pool.query('ANALYZE customers; ANALYZE customer_rollups; ANALYZE products;');
  return { customerIds, products };
};

const spread = new WeakMap<object, Promise<number>>();

/**
 * Replaces the seeded customers' purchase rollups with a realistic spread (once per pool): a
 * third never ordered, the rest a geometric number of orders (mean ≈ 2.2) at a log-normal
 * average value around ¥150, so revenue has few ties and a long tail. Returns the seconds taken.
 */
export const spreadRollups = (pool: pg.Pool, orgId: string): Promise<number> => {
  let done = spread.get(pool);
  if (!done) {
    done = spreadOnce(pool, orgId);
    spread.set(pool, done);
  }
  return done;
};

const spreadOnce = async (pool: pg.Pool, orgId: string) => {
  const started = performance.now();
  await pool.query(
    `WITH u AS (
       SELECT customer_id,
              ((hashtext(customer_id::text || 'a') & 2147483647) + 1) / 2147483649.0 AS u1,
              ((hashtext(customer_id::text || 'b') & 2147483647) + 1) / 2147483649.0 AS u2,
              ((hashtext(customer_id::text || 'c') & 2147483647) + 1) / 2147483649.0 AS u3,
              ((hashtext(customer_id::text || 'd') & 2147483647) + 1) / 2147483649.0 AS u4
       FROM customer_rollups WHERE org_id = $1),
     k AS (
       SELECT customer_id, u4,
              CASE WHEN u1 < 0.35 THEN 0 ELSE least(60, 1 + floor(ln(u2) / ln(0.55)))::int END AS orders,
              round(exp(ln(15000) + 0.8 * sqrt(-2 * ln(u3)) * cos(2 * pi() * u4)))::bigint AS avg_cents
       FROM u)
     UPDATE customer_rollups r SET
       order_count = k.orders,
       revenue_cents = k.orders * k.avg_cents,
       avg_order_cents = CASE WHEN k.orders > 0 THEN k.avg_cents END,
       last_order_at = CASE WHEN k.orders > 0 THEN now() - make_interval(days => (k.u4 * 700)::int) END,
       first_order_at = CASE WHEN k.orders > 0
         THEN now() - make_interval(days => (k.u4 * 700)::int + (k.orders - 1) * 45) END
     FROM k WHERE r.org_id = $1 AND r.customer_id = k.customer_id`,
    [orgId],
  );
  await pool.query('VACUUM ANALYZE customer_rollups');
  return (performance.now() - started) / 1000;
};
