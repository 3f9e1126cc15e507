import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, startTestKehu } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import { fitBgNbd } from '../../../shared/analytics/bgnbd';
import { fitGammaGamma } from '../../../shared/analytics/gamma-gamma';
import { toColumns } from '../../../shared/analytics/summary-columns';
import { groupPurchases, summariseTransactions } from '../../../shared/analytics/transactions';
import { DEMO_BGNBD, DEMO_GAMMA_GAMMA } from '../../../shared/demo/purchase-process';
import type { DemoJob, DemoStatus } from '../../../shared/demo/demo.contract';
import { rebuildPurchaseRollups } from '../orders/index';
import { loadDemoData } from './demo-loader';

const asOf = '2026-03-01';

describe.each(databaseKinds)('demo data on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const db = () => kehu.deps.db;
  const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db())).rows[0]!;
  const rollups = async (orgId: string) =>
    (
      await sql<
        { revenue_cents: number | string } & Record<string, unknown>
      >`SELECT customer_id, order_count, revenue_cents, first_order_at, last_order_at, avg_order_cents,
          favourite_category, favourite_product_id, favourite_product, preferred_channel
        FROM customer_rollups WHERE org_id = ${orgId} ORDER BY customer_id`.execute(db())
    ).rows;
  const totals = async (orgId: string) =>
    (
      await sql`SELECT o.status, count(*)::int AS orders, sum(o.total_cents)::bigint AS cents,
          (SELECT count(*)::int FROM order_lines l WHERE l.org_id = ${orgId}) AS lines
        FROM orders o WHERE o.org_id = ${orgId} GROUP BY o.status ORDER BY o.status`.execute(db())
    ).rows;

  it('loads customers and orders whose rollups equal a rebuild, and resumes instead of duplicating', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    const summary = await loadDemoData(db(), orgId, { customers: 2000, seed: 7, asOf });
    expect(summary).toMatchObject({ customers: 2000, skipped: 0, products: 54, owners: 6 });
    expect(summary.orders).toBeGreaterThan(3000);

    const counts = await one(sql<{
      customers: number;
      tagged: number;
      owned: number;
      orders: number;
      lines: number;
    }>`
      SELECT (SELECT count(*)::int FROM customers WHERE org_id = ${orgId}) AS customers,
        (SELECT count(*)::int FROM customers WHERE org_id = ${orgId} AND 'demo' = ANY(tags)) AS tagged,
        (SELECT count(*)::int FROM customers c JOIN users u ON u.org_id = c.org_id AND u.id = c.owner_id
          WHERE c.org_id = ${orgId} AND u.team_id = c.team_id) AS owned,
        (SELECT count(*)::int FROM orders WHERE org_id = ${orgId}) AS orders,
        (SELECT count(*)::int FROM order_lines WHERE org_id = ${orgId}) AS lines`);
    expect(counts).toEqual({
      customers: 2000,
      tagged: 2000,
      owned: 2000,
      orders: summary.orders,
      lines: summary.lines,
    });

    const broken = await one(sql<{ orphans: number; unbalanced: number; unrefunded: number; late: number }>`
      SELECT
        (SELECT count(*)::int FROM orders o WHERE o.org_id = ${orgId} AND NOT EXISTS (
          SELECT 1 FROM customers c WHERE c.org_id = o.org_id AND c.id = o.customer_id AND c.deleted_at IS NULL)) AS orphans,
        (SELECT count(*)::int FROM orders o WHERE o.org_id = ${orgId} AND o.total_cents <> (
          SELECT sum(l.total_cents) FROM order_lines l WHERE l.org_id = o.org_id AND l.order_id = o.id)) AS unbalanced,
        (SELECT count(*)::int FROM orders o WHERE o.org_id = ${orgId} AND o.status = 'refunded' AND o.refunded_cents <> (
          SELECT coalesce(sum(r.amount_cents), 0) FROM order_refunds r WHERE r.org_id = o.org_id AND r.order_id = o.id)) AS unrefunded,
        (SELECT count(*)::int FROM orders o WHERE o.org_id = ${orgId}
          AND o.ordered_at >= (${asOf}::date)::timestamp AT TIME ZONE 'Asia/Shanghai') AS late`);
    expect(broken).toEqual({ orphans: 0, unbalanced: 0, unrefunded: 0, late: 0 });

    const incremental = await rollups(orgId);
    const revenue = incremental.reduce((s, r) => s + Number(r.revenue_cents), 0);
    expect(revenue).toBe(summary.revenueCents);
    await rebuildPurchaseRollups(db(), orgId);
    expect(await rollups(orgId)).toEqual(incremental);
    const model = await one(
      sql<{ pairs: number }>`SELECT pairs FROM recommendation_models WHERE org_id = ${orgId}`,
    );
    expect(model.pairs).toBeGreaterThan(0);

    const again = await loadDemoData(db(), orgId, { customers: 2000, seed: 7, asOf });
    expect(again).toMatchObject({ customers: 0, skipped: 2000, orders: 0 });
    const more = await loadDemoData(db(), orgId, { customers: 2300, seed: 7, asOf });
    expect(more).toMatchObject({ customers: 300, skipped: 2000 });
    expect(
      await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM customers WHERE org_id = ${orgId}`),
    ).toEqual({
      n: 2300,
    });
    expect(
      await one(sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE org_id = ${orgId}`),
    ).toEqual({
      n: 7,
    });
  });

  it('follows the purchase process it documents: the analytics fits find its parameters', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const orgId = owner.me.org.id;
    await loadDemoData(db(), orgId, { customers: 3000, seed: 5, asOf });
    const { rows } = await sql<{ customer_id: string; day: string; amount: number }>`
      SELECT customer_id, to_char(ordered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day,
             (total_cents - refunded_cents) / 100.0 AS amount
      FROM orders WHERE org_id = ${orgId} AND status NOT IN ('cancelled', 'refunded')`.execute(db());
    const history = groupPurchases(
      rows.map((r) => ({ customerId: r.customer_id, date: r.day, amount: Number(r.amount) })),
    );
    const { customers } = summariseTransactions(history, { calibrationEnd: '2026-02-28', timeUnit: 'week' });
    const bgnbd = fitBgNbd(toColumns(customers));
    if (!bgnbd.ok) throw new Error(bgnbd.reason);
    const gg = fitGammaGamma(customers.filter((c) => c.x > 0).map((c) => ({ x: c.x, zbar: c.monetary })));
    if (!gg.ok) throw new Error(gg.reason);
    // Within three standard errors of the truth, as a correct generator is 99.7 % of the time.
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(bgnbd.params[name] - DEMO_BGNBD[name]), name).toBeLessThan(
        3 * bgnbd.standardErrors[name],
      );
    for (const name of ['p', 'q', 'gamma'] as const)
      expect(Math.abs(gg.params[name] - DEMO_GAMMA_GAMMA[name]), name).toBeLessThan(
        3 * gg.standardErrors[name],
      );
  });

  it('gives the same totals for the same seed in another organisation, other totals for another seed', async () => {
    const load = async (seed: number) => {
      const owner = await insertOrgWithOwner(kehu);
      const summary = await loadDemoData(db(), owner.me.org.id, { customers: 500, seed, asOf });
      return { summary: { ...summary, seconds: 0 }, totals: await totals(owner.me.org.id) };
    };
    const first = await load(21);
    expect(await load(21)).toEqual(first);
    expect((await load(22)).totals).not.toEqual(first.totals);
  });

  it('loads through POST /api/v1/demo as a job with progress, one at a time, for administrators only', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    const status = async () => (await call(kehu, owner, 'GET', '/api/v1/demo')).json<DemoStatus>();
    expect(await status()).toEqual({ hasCustomers: false, job: null });
    expect((await call(kehu, sales, 'POST', '/api/v1/demo', { customers: 200 })).statusCode).toBe(403);
    const tooMany = await call(kehu, owner, 'POST', '/api/v1/demo', { customers: 100_001 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('kehu demo');

    const started = await call(kehu, owner, 'POST', '/api/v1/demo', { customers: 200 });
    expect(started.statusCode).toBe(200);
    expect(started.json<DemoJob>()).toMatchObject({ status: 'queued', result: null });
    const twice = await call(kehu, owner, 'POST', '/api/v1/demo', { customers: 200 });
    expect(twice.statusCode).toBe(409);

    await kehu.runner.drain();
    const done = await status();
    expect(done.hasCustomers).toBe(true);
    expect(done.job).toMatchObject({
      id: started.json<DemoJob>().id,
      status: 'succeeded',
      progress: { done: 200, total: 200 },
      result: { customers: 200, seed: 1 },
    });
    expect((await call(kehu, owner, 'POST', '/api/v1/demo', { customers: 300 })).statusCode).toBe(200);
  });
});
