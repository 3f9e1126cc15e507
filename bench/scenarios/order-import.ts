import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { runCli } from '../../test/support/server-process';
import type { Row, Target } from '../harness';
import { cliEnv, createBenchOrg } from '../seed/seed-orders';
import { rawRetailImport } from './order-import-raw';

const FILE = resolve(process.cwd(), '../shared/data/online-retail/online_retail.csv.gz');
const LINES = 541_909;

type CliResult = {
  import: {
    status: string;
    createdCount: number;
    updatedCount: number;
    errorCount: number;
    processedRows: number;
  };
  seconds: number;
};

/** One timed run as a row: rows per second in the throughput column, its whole duration in the latency columns. */
const runRow = (target: Target, variant: string, seconds: number, failed: boolean, note: string): Row => ({
  scenario: `import Online Retail orders (${LINES.toLocaleString('en')} lines, one run)`,
  database: target.kind,
  variant,
  measurement: {
    requestsPerSecond: LINES / seconds,
    p50: seconds * 1000,
    p95: seconds * 1000,
    p99: seconds * 1000,
    errors: failed ? 1 : 0,
  },
  note,
});

/**
 * Waits until the server has no job due or running (an import queues a recommendations refit),
 * so the raw run does not share the database with it. Returns the seconds waited.
 */
const waitForJobs = async (connection: pg.ClientConfig) => {
  const client = new pg.Client(connection);
  client.on('error', () => undefined);
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM jobs WHERE status = 'running' OR (status = 'queued' AND run_at <= now())`,
      );
      if ((rows[0] as { n: number }).n === 0) return (performance.now() - started) / 1000;
      if (performance.now() - started > 30 * 60_000) throw new Error('jobs still busy after 30 minutes');
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await client.end();
  }
};

/**
 * `kehu import orders` of the whole UCI Online Retail file (GBP, Europe/London), run as the CLI
 * runs against the target (through the running server's socket on embedded), against a raw SQL
 * lower bound for the same load: the file into an unlogged staging table (COPY on PostgreSQL)
 * plus INSERT … SELECT.
 */
export const orderImport = async (target: Target): Promise<Row[]> => {
  if (!existsSync(FILE)) throw new Error(`The Online Retail data set is missing: ${FILE}`);
  const load = loadavg()[0]!.toFixed(1);
  const shop = { currency: 'GBP', timeZone: 'Europe/London' };
  const org = await createBenchOrg(target, { name: 'Online Retail', ...shop });
  const rawOrg = await createBenchOrg(target, { name: 'Online Retail raw', ...shop });

  const started = performance.now();
  const cli = await runCli(
    [
      ...['import', 'orders', FILE, '--org', org.orgId],
      ...['--create-customers', '--create-products', '--good-rows-only', '--json'],
    ],
    cliEnv(target),
  );
  const seconds = (performance.now() - started) / 1000;
  if (cli.code !== 0 && !cli.stdout.trim().startsWith('{'))
    throw new Error(`kehu import orders failed:\n${cli.stderr}`);
  const out = JSON.parse(cli.stdout) as CliResult;
  const i = out.import;
  const jobSeconds = await waitForJobs(target.rawConnection);
  const apiRow = runRow(
    target,
    'kehu import orders --create-customers --create-products --good-rows-only',
    seconds,
    i.status !== 'done',
    `${seconds.toFixed(1)} s for the command (${out.seconds.toFixed(1)} s inside it, the rest is start-up), ` +
      `status ${i.status}: ${i.createdCount.toLocaleString('en')} orders, ${i.updatedCount.toLocaleString('en')} ` +
      `refunds from returns, ${i.errorCount.toLocaleString('en')} rows with problems (no customer id, ` +
      `returns without an earlier purchase) of ${i.processedRows.toLocaleString('en')}; the jobs it queued ` +
      `(recommendations refit) ran ${jobSeconds.toFixed(0)} s more on the server; load average ${load} at start`,
  );

  // PGlite served over the socket cannot take COPY FROM STDIN: it loses protocol sync and the
  // worker keeps spinning. Embedded stages the lines with batched INSERTs instead.
  const stage = target.kind === 'embedded' ? 'insert' : 'copy';
  const raw = await rawRetailImport(target.rawConnection, rawOrg.orgId, FILE, stage);
  const staged =
    stage === 'copy' ? 'COPY of the gunzipped file' : 'staging by INSERT of 10,000 parsed lines at a time';
  const rawRow = runRow(
    target,
    `raw SQL: ${stage === 'copy' ? 'COPY' : 'batched INSERT'} into unlogged staging + INSERT … SELECT`,
    raw.seconds,
    raw.lines !== LINES,
    `${raw.seconds.toFixed(1)} s (${staged} ${raw.stageSeconds.toFixed(1)} s, then one transaction: products, ` +
      `customers with rollup rows, orders grouped by invoice, lines, customer products, rollups — ` +
      `${raw.steps.map((t) => t.toFixed(1)).join(' + ')} s): ${raw.orders.toLocaleString('en')} orders, ` +
      `${raw.order_lines.toLocaleString('en')} lines, ${raw.customers.toLocaleString('en')} customers; a lower ` +
      `bound, it skips returns (refunds), per-row checks, the stored upload and progress`,
  );
  return [apiRow, rawRow];
};
