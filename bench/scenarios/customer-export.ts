import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Row, Target } from '../harness';
import { CUSTOMERS, seededCustomers } from './seeded-customers';

const PAGE = 10_000;

/** The server process's resident memory in MB (Linux). */
const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
};

const oneRun = (seconds: number, failed: boolean) => ({
  requestsPerSecond: CUSTOMERS / seconds,
  p50: seconds * 1000,
  p95: seconds * 1000,
  p99: seconds * 1000,
  errors: failed ? 1 : 0,
});

/**
 * Exports every seeded customer as CSV through `GET /api/v1/customers/export` (every column),
 * reading the stream as a browser would, while sampling the server's resident memory every
 * 100 ms; against the same rows read straight from the database in keyset pages of 10,000.
 */
export const customerExport = async (target: Target): Promise<Row[]> => {
  const s = await seededCustomers(target);
  const load = loadavg()[0]!.toFixed(1);
  const pid = target.server.child.pid!;
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const started = performance.now();
  let lines = 0;
  let bytes = 0;
  try {
    const res = await fetch(`${target.server.url}/api/v1/customers/export?format=csv`, {
      headers: { cookie: s.cookie },
    });
    if (res.status !== 200) throw new Error(`export → ${res.status}: ${await res.text()}`);
    for await (const chunk of res.body!) {
      bytes += chunk.length;
      for (const byte of chunk as Uint8Array) if (byte === 10) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;

  const rawStarted = performance.now();
  let rawRows = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await s.pool.query<{ id: string }>(
      `SELECT c.id, c.name, c.phones, c.emails, c.city, c.category, c.tags, c.created_at, r.order_count, r.revenue_cents
       FROM customers c JOIN customer_rollups r ON r.org_id = c.org_id AND r.customer_id = c.id
       WHERE c.org_id = $1 AND c.deleted_at IS NULL AND c.id > $2 ORDER BY c.id LIMIT ${PAGE}`,
      [s.orgId, after],
    );
    rawRows += rows.length;
    if (rows.length < PAGE) break;
    after = rows.at(-1)!.id;
  }
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  const label = `${(CUSTOMERS / 1e6).toFixed(CUSTOMERS >= 1e6 ? 0 : 1)}M customers`;
  const scenario = `export every customer as CSV (${label})`;
  return [
    {
      scenario,
      database: target.kind,
      variant: 'API GET /api/v1/customers/export, every column',
      measurement: oneRun(seconds, lines - 1 !== CUSTOMERS),
      note:
        `${(lines - 1).toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB streamed; server RSS ` +
        `${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during the export` +
        `${target.kind === 'embedded' ? ' (the embedded database lives in the same process)' : ''}; ` +
        `load average ${load} at start`,
    },
    {
      scenario,
      database: target.kind,
      variant: `raw SQL: keyset pages of ${PAGE.toLocaleString('en')} rows`,
      measurement: oneRun(rawSeconds, rawRows !== CUSTOMERS),
      note: `${rawRows.toLocaleString('en')} rows read, ten columns, nothing formatted or sent`,
    },
  ];
};
