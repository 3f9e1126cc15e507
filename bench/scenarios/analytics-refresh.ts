import { loadavg } from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from '../../src/server/db/schema';
import { allKpiWindows } from '../../src/server/modules/analytics/dashboard/kpi-windows';
import {
  customerRanges,
  readCustomerRange,
} from '../../src/server/modules/analytics/refresh/org-customers.queries';
import { RANGE_CUSTOMERS } from '../../src/server/modules/analytics/refresh/read-customers';
import { todayIn } from '../../src/server/modules/analytics/refresh/refresh-analytics';
import { measureLoop, type Measurement, type Row, type Target } from '../harness';
import { seedAnalyticsShop, type AnalyticsShop } from './analytics-seed';

const CUSTOMERS = Number(process.env.KEHU_BENCH_ANALYTICS_CUSTOMERS ?? 100_000);
/** Orders a customer, as a multiple of about ten (0.5 for the issue's 1,000,000 customers / 5,000,000 orders). */
const ORDER_SCALE = Number(process.env.KEHU_BENCH_ANALYTICS_ORDER_SCALE ?? 1);
const CONCURRENCY = 4;
const SECONDS = 5;
const charts = ['kpis', 'trend', 'churn', 'breakdowns', 'rfm-grid', 'clv', 'cohorts', 'at-risk', 'win-back'];

const signIn = async (target: Target, email: string, password: string) => {
  const res = await fetch(`${target.server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${await res.text()}`);
  const me = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: me.csrfToken };
};

type Session = Awaited<ReturnType<typeof signIn>>;

const get = async (target: Target, session: Session, path: string) => {
  const res = await fetch(`${target.server.url}${path}`, { headers: { cookie: session.cookie } });
  if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json() as Promise<unknown>;
};

/** Starts a refresh through the API and waits for its run to finish; returns the run's timings. */
const refresh = async (target: Target, shop: AnalyticsShop, session: Session) => {
  const res = await fetch(`${target.server.url}/api/v1/analytics/refresh`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  if (res.status !== 200) throw new Error(`refresh → ${res.status}: ${await res.text()}`);
  const { jobId } = (await res.json()) as { jobId: string };
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const { rows } = await shop.pool.query<{ status: string; last_error: string | null }>(
      'SELECT status, last_error FROM jobs WHERE id = $1',
      [jobId],
    );
    if (rows[0]?.status === 'succeeded') break;
    if (rows[0]?.status === 'failed') throw new Error(`refresh failed: ${rows[0].last_error}`);
  }
  const { rows } = await shop.pool.query<{
    ms: number;
    timings: Record<string, number>;
    bgnbd: { ok: boolean };
  }>(
    `SELECT extract(epoch FROM finished_at - started_at) * 1000 AS ms, timings, bgnbd
     FROM analytics_model_runs WHERE org_id = $1 AND status = 'succeeded' ORDER BY finished_at DESC LIMIT 1`,
    [shop.orgId],
  );
  return rows[0]!;
};

/** The refresh's phases in the order they run (the run record keeps them unordered). */
const phases = [
  'summaries',
  'models',
  'vacuum',
  'scores',
  'writeBuyers',
  'writeProspects',
  'analyze',
  'segments',
  'dashboard',
];

/**
 * The SQL of the summaries phase on its own, from this process: every customer range read in
 * turn with no processing and nothing in parallel — the yardstick for the phase on a busy machine.
 */
const rawRangeReads = async (shop: AnalyticsShop) => {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: shop.pool }) });
  const timeZone = 'Asia/Shanghai';
  const asOf = todayIn(timeZone);
  const source = {
    orgId: shop.orgId,
    timeZone,
    asOf,
    createdBy: allKpiWindows(asOf).map((w) => w.window.to),
  };
  const cuts = await customerRanges(db, shop.orgId, RANGE_CUSTOMERS);
  const started = performance.now();
  for (let i = 0; i <= cuts.length; i++)
    await readCustomerRange(db, source, i === 0 ? null : cuts[i - 1]!, cuts[i] ?? null);
  return Math.round(performance.now() - started);
};

const once = (ms: number): Measurement => ({
  requestsPerSecond: 1000 / ms,
  p50: ms,
  p95: ms,
  p99: ms,
  errors: 0,
});

/**
 * Saved segments the refresh precomputes: Shanghai's customers (a twentieth of the bench shop,
 * the one the dashboard is timed with), and segments of the usual kinds up to every customer.
 */
const segments = [
  ['Shanghai', { field: 'city', op: 'eq', value: '上海市' }],
  ['Champions and loyal', { field: 'rfm_segment', op: 'in', value: ['Champions', 'Loyal'] }],
  ['At risk', { field: 'lifecycle_stage_scored', op: 'eq', value: 'at_risk' }],
  ['Everyone named', { field: 'name', op: 'is_not_empty' }],
] as const;

/** A saved segment through the API (the owner's). */
const createSegment = async (target: Target, session: Session, name: string, filter: object) => {
  const res = await fetch(`${target.server.url}/api/v1/segments`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ name, filter }),
  });
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`segment → ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
};

/**
 * A segment saved after the refresh: saving it queues a refresh, which precomputes it. Until
 * then it is computed on the fly; the row is how long that lasts.
 */
const segmentSavedAfter = async (target: Target, shop: AnalyticsShop, owner: Session, label: string) => {
  const started = performance.now();
  const id = await createSegment(target, owner, 'Shanghai, saved after the refresh', segments[0][1]);
  for (;;) {
    const { rowCount } = await shop.pool.query('SELECT 1 FROM analytics_segments WHERE segment_id = $1', [
      id,
    ]);
    if (rowCount) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const ms = performance.now() - started;
  console.log(`  segment saved after the refresh, precomputed in ${(ms / 1000).toFixed(1)} s`);
  return {
    scenario: `analytics segment saved after a refresh, until precomputed (${label})`,
    database: target.kind,
    variant: 'segment of 5%, by the refresh its saving queues',
    measurement: once(ms),
  };
};

/**
 * A full analytics refresh (customers and purchase days, summaries, BG/NBD and Gamma-Gamma
 * fits, scoring, writing every customer's scores, precomputing the dashboard for everyone and
 * per slice) at 100,000 customers with about 1,000,000 orders, twice (first scoring, then a
 * rescoring that updates every row), and the dashboard endpoints' latency for the owner
 * (precomputed for everyone), a sales user (their tenth of the customers: sums of precomputed
 * slices), both filtering by a segment saved before the refresh (precomputed slices of the
 * segment), and how long a segment saved after the refresh waits to be precomputed.
 */
export const analyticsRefresh = async (target: Target): Promise<Row[]> => {
  const shop = await seedAnalyticsShop(target, CUSTOMERS, ORDER_SCALE);
  const label = `${(shop.customers / 1000).toFixed(0)}k customers, ${(shop.orders / 1e6).toFixed(2)}M orders`;
  console.log(`  seeded ${label} on ${target.kind} in ${shop.seedSeconds.toFixed(0)} s`);
  try {
    const owner = await signIn(target, shop.owner.email, shop.password);
    const sales = await signIn(target, shop.sales.email, shop.password);
    const rows: Row[] = [];
    const [segmentId] = await Promise.all(
      segments.map(([name, filter]) => createSegment(target, owner, name, filter)),
    );
    for (const variant of ['first refresh', 'second refresh (rescoring every row)']) {
      const loadBefore = loadavg()[0]!;
      const run = await refresh(target, shop, owner);
      const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
      if (!run.bgnbd.ok) throw new Error('the bench data should fit BG/NBD');
      rows.push({
        scenario: `analytics refresh (${label})`,
        database: target.kind,
        variant,
        measurement: once(run.ms),
        note: `${target.kind}, ${load}; phases (ms): ${phases
          .filter((k) => k in run.timings)
          .map((k) => `${k} ${run.timings[k]}`)
          .join(', ')}`,
      });
      console.log(`  ${variant}: ${(run.ms / 1000).toFixed(1)} s`, run.timings);
    }
    const raw = await rawRangeReads(shop);
    rows.at(-1)!.note += `; raw SQL of the summaries phase alone (every range read in turn): ${raw}`;
    console.log(`  raw range reads: ${raw} ms`);
    rows.push(await segmentSavedAfter(target, shop, owner, label));
    for (const [who, session, filter] of [
      ['owner (precomputed)', owner, ''],
      ['sales user (own customers, precomputed slices)', sales, ''],
      ['owner, segment of 5% (precomputed)', owner, `segmentId=${segmentId}`],
      ['sales user, segment of 5% (precomputed slices)', sales, `segmentId=${segmentId}`],
    ] as const) {
      for (const chart of charts) {
        const query = [
          chart === 'cohorts' || chart === 'trend' || chart === 'churn' ? 'months=36' : '',
          filter,
        ]
          .filter(Boolean)
          .join('&');
        const path = `/api/v1/analytics/${chart}${query ? `?${query}` : ''}`;
        const measurement = await measureLoop(
          CONCURRENCY,
          SECONDS,
          async () => void (await get(target, session, path)),
        );
        rows.push({
          scenario: `analytics dashboard ${chart} (${label})`,
          database: target.kind,
          variant: `${who}, ${CONCURRENCY} clients`,
          measurement,
        });
      }
    }
    return rows;
  } finally {
    await shop.pool.end();
  }
};
