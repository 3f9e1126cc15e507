import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../test/support/server-process';
import type { Row, Target } from '../harness';
import { writeCustomerFile } from '../seed/customer-file';
import { cliEnv, createBenchOrg } from '../seed/seed-orders';
import { rawCustomerImport } from './customer-import-raw';

const ROWS = Number(process.env.KEHU_BENCH_IMPORT_ROWS ?? 1_000_000);

type CliImport = { status: string; createdCount: number; errorCount: number; processedRows: number };

const runRow = (target: Target, variant: string, seconds: number, failed: boolean, note: string): Row => ({
  scenario: `import customers from CSV (${ROWS.toLocaleString('en')} rows, one run)`,
  database: target.kind,
  variant,
  // Rows per second in the throughput column, the whole run in the latency columns.
  measurement: {
    requestsPerSecond: ROWS / seconds,
    p50: seconds * 1000,
    p95: seconds * 1000,
    p99: seconds * 1000,
    errors: failed ? 1 : 0,
  },
  note,
});

/**
 * `kehu import customers` of a generated file (Chinese headers, one unique mobile each, emails,
 * cities, categories, tags; every row valid) with every check and duplicate matching by phone and
 * email on, as an operator runs it against the target, against a raw COPY + INSERT … SELECT of
 * the same file into another organisation.
 */
export const customerImport = async (target: Target): Promise<Row[]> => {
  const file = join(tmpdir(), `kehu-bench-customers-${ROWS}.csv`);
  if (!existsSync(file)) await writeCustomerFile(file, ROWS);
  const load = loadavg()[0]!.toFixed(1);
  const shop = { currency: 'CNY', timeZone: 'Asia/Shanghai' };
  const org = await createBenchOrg(target, { name: 'Customer import', ...shop });
  const rawOrg = await createBenchOrg(target, { name: 'Customer import raw', ...shop });

  const started = performance.now();
  const cli = await runCli(['import', 'customers', file, '--org', org.orgId, '--json'], cliEnv(target));
  const seconds = (performance.now() - started) / 1000;
  if (!cli.stdout.trim().startsWith('{')) throw new Error(`kehu import customers failed:\n${cli.stderr}`);
  const i = (JSON.parse(cli.stdout) as { import: CliImport }).import;

  const raw = await rawCustomerImport(target, rawOrg.orgId, file);
  const staged = target.kind === 'postgres' ? 'COPY' : 'INSERT of 10,000 parsed rows at a time';
  return [
    runRow(
      target,
      'kehu import customers (checks, duplicate matching by phone and email)',
      seconds,
      i.status !== 'done' || i.createdCount !== ROWS,
      `status ${i.status}: ${i.createdCount.toLocaleString('en')} created, ${i.errorCount} rows with problems; ` +
        `the time includes the command's start-up and reading the file twice (check, then load); ` +
        `load average ${load} at start`,
    ),
    runRow(
      target,
      `raw SQL: ${target.kind === 'postgres' ? 'COPY' : 'batched INSERT'} into unlogged staging + INSERT … SELECT`,
      raw.seconds,
      raw.rows !== ROWS,
      `${raw.seconds.toFixed(1)} s (${staged} ${raw.stageSeconds.toFixed(1)} s, then customers and rollup rows in ` +
        `one transaction): ${raw.rows.toLocaleString('en')} customers; a lower bound with no pinyin, checks, ` +
        'duplicate matching, problem report or progress',
    ),
  ];
};
