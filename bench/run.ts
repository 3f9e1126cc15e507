import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startTarget, type Row, type Target } from './harness';
import { authenticatedGet } from './scenarios/authenticated-get';
import { customerTable } from './scenarios/customer-table';
import { customerImport } from './scenarios/customer-import';
import { customerExport } from './scenarios/customer-export';
import { orderApi } from './scenarios/order-api';
import { orderImport } from './scenarios/order-import';
import { revenueSort } from './scenarios/revenue-sort';
import { analyticsRefresh } from './scenarios/analytics-refresh';
import { releaseSeeded } from './scenarios/seeded-customers';
import { offlineScenarios } from './offline/index';

/** Named scenarios; `npm run bench -- <name>` runs one. */
const scenarios: Record<string, (target: Target) => Promise<Row[]>> = {
  'authenticated-get': authenticatedGet,
  'customer-table': customerTable,
  'customer-import': customerImport,
  'customer-export': customerExport,
  'analytics-refresh': analyticsRefresh,
  'revenue-sort': revenueSort,
  'order-api': orderApi,
  'order-import': orderImport,
};

/** `npm run bench`, or `npm run bench -- revenue-sort,customer-export` for some scenarios. */
const only = process.argv[2]?.split(',');
const selected = Object.entries(scenarios).filter(([name]) => !only || only.includes(name));
const selectedOffline = Object.entries(offlineScenarios).filter(([name]) => !only || only.includes(name));
if (selected.length + selectedOffline.length === 0) throw new Error(`No scenario named ${only?.join(', ')}`);
const rows: (Row & { key: string })[] = [];
/** KEHU_BENCH_DATABASES=postgres runs on one database only (a 1M-customer run, say). */
const kinds = (process.env.KEHU_BENCH_DATABASES?.split(',') ?? ['embedded', 'postgres']) as (
  'embedded' | 'postgres'
)[];
for (const kind of selected.length > 0 ? kinds : []) {
  const target = await startTarget(kind);
  try {
    for (const [name, run] of selected) {
      console.log(`… ${name} on ${kind}`);
      rows.push(...(await run(target)).map((r) => ({ ...r, key: name })));
    }
  } finally {
    await releaseSeeded(target);
    await target.cleanup();
  }
}

/**
 * Results of every scenario, kept so that a run replaces only what it measured: a scenario's
 * rows on the databases and at the sizes it ran (its scenario labels name the size).
 */
const resultsFile = 'bench/results.json';
const { offline = {}, ...kept }: Record<string, Row[]> & { offline?: Record<string, string> } = existsSync(
  resultsFile,
)
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : {};
const measuredKey = (key: string, r: Row) => `${key}\u0000${r.scenario}\u0000${r.database}`;
const measured = new Set(rows.map((r) => measuredKey(r.key, r)));
for (const [name] of selected)
  kept[name] = (kept[name] ?? []).filter((r) => !measured.has(measuredKey(name, r)));
for (const row of rows) kept[row.key]!.push(row);
for (const [name, run] of selectedOffline) {
  console.log(`… ${name}`);
  offline[name] = await run();
}
writeFileSync(resultsFile, `${JSON.stringify({ ...kept, offline }, null, 2)}\n`);
const allRows = Object.values(kept).flat();
const offlineSections = Object.values(offline).join('\n\n');

const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const table = [
  '| scenario | database | variant | req/s | p50 ms | p95 ms | p99 ms | errors |',
  '|---|---|---|---:|---:|---:|---:|---:|',
  ...allRows.map((r) => {
    const m = r.measurement;
    return `| ${r.scenario} | ${r.database} | ${r.variant} | ${f(m.requestsPerSecond)} | ${f(m.p50)} | ${f(m.p95)} | ${f(m.p99)} | ${m.errors} |`;
  }),
].join('\n');
console.log(table);

const notes = [
  ...new Set(allRows.filter((r) => r.note).map((r) => `- ${r.scenario}, ${r.variant}: ${r.note}`)),
].join('\n');
writeFileSync(
  'docs/benchmarks.md',
  `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — Node ${process.version}, ${cpus().length} cores,
${Math.round(totalmem() / 2 ** 30)} GB RAM. Each run creates throwaway databases (a PGlite data directory and a
PostgreSQL database), starts a real \`kehu serve\` process on each and measures from this process. Every API figure
is paired with the raw SQL for the same work on the same database, so the overhead of Kehu itself is visible even on
a noisy machine.

${table}

${notes}

${offlineSections}

## Reading the figures
- *embedded* is PGlite served by the server's own worker thread over a Unix socket; it runs one query at a time, so
  its throughput is bounded by the database, not by HTTP.
- *postgres* is PostgreSQL 15 on the same machine, pool of 10 connections per app instance (\`DATABASE_POOL_SIZE\`).
- Customer figures run on generated customers (\`bench/seed\`): 85% Chinese names from common surnames and given
  names, 15% English, 20 cities, one phone each. The phones are consecutive numbers (13900000001 …), the worst case
  for phone-fragment search: every number shares its leading digits, so trigram lists are long.
- The load generator, the Kehu process and the database share the same cores, so absolute figures are lower than on
  separate machines; the API-to-raw ratio is the figure to watch.
`,
);
console.log('Wrote docs/benchmarks.md');
