import { measureLoop, type Measurement, type Row, type Target } from '../harness';
import { seedAnalyticsShop, type AnalyticsShop } from './analytics-seed';

const CUSTOMERS = Number(process.env.KEHU_BENCH_ANALYTICS_CUSTOMERS ?? 100_000);
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

const once = (ms: number): Measurement => ({
  requestsPerSecond: 1000 / ms,
  p50: ms,
  p95: ms,
  p99: ms,
  errors: 0,
});

/**
 * A full analytics refresh (purchase days, summaries, BG/NBD and Gamma-Gamma fits, scoring,
 * writing every customer's scores, precomputing the dashboard) at 100,000 customers with about
 * 1,000,000 orders, twice (first scoring, then a rescoring that updates every row), and the
 * dashboard endpoints' latency for the owner (precomputed) and a sales user (computed live
 * over their tenth of the customers).
 */
export const analyticsRefresh = async (target: Target): Promise<Row[]> => {
  const shop = await seedAnalyticsShop(target, CUSTOMERS);
  const label = `${(shop.customers / 1000).toFixed(0)}k customers, ${(shop.orders / 1e6).toFixed(2)}M orders`;
  console.log(`  seeded ${label} on ${target.kind} in ${shop.seedSeconds.toFixed(0)} s`);
  try {
    const owner = await signIn(target, shop.owner.email, shop.password);
    const sales = await signIn(target, shop.sales.email, shop.password);
    const rows: Row[] = [];
    for (const variant of ['first refresh', 'second refresh (rescoring every row)']) {
      const run = await refresh(target, shop, owner);
      if (!run.bgnbd.ok) throw new Error('the bench data should fit BG/NBD');
      rows.push({
        scenario: `analytics refresh (${label})`,
        database: target.kind,
        variant,
        measurement: once(run.ms),
        note: `phases (ms): ${Object.entries(run.timings)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      });
      console.log(`  ${variant}: ${(run.ms / 1000).toFixed(1)} s`, run.timings);
    }
    for (const [who, session] of [
      ['owner (precomputed)', owner],
      ['sales user (live, own customers)', sales],
    ] as const) {
      for (const chart of charts) {
        const path = `/api/v1/analytics/${chart}${chart === 'cohorts' || chart === 'trend' || chart === 'churn' ? '?months=36' : ''}`;
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
