import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from '../test/support/server-process';

export type Target = {
  kind: 'embedded' | 'postgres';
  server: ServerProcess;
  rawConnection: pg.ClientConfig;
  cleanup(): Promise<void>;
};

const adminUrl = process.env.KEHU_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway Kehu server process on a fresh database of the given kind. */
export const startTarget = async (kind: Target['kind']): Promise<Target> => {
  if (kind === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'kehu-bench-'));
    const server = await startServerProcess({
      KEHU_DATA_DIR: dir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      KEHU_RATE_LIMIT_PER_MINUTE: '0',
    });
    return {
      kind,
      server,
      rawConnection: { host: dir, port: 5432, user: 'postgres', database: 'postgres' },
      async cleanup() {
        server.child.kill('SIGTERM');
        await server.exited;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `kehu_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const server = await startServerProcess({
    DATABASE_URL: url.toString(),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    KEHU_RATE_LIMIT_PER_MINUTE: '0',
  });
  return {
    kind,
    server,
    rawConnection: { connectionString: url.toString() },
    async cleanup() {
      server.child.kill('SIGTERM');
      await server.exited;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};

export type Measurement = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `work` from `concurrency` loops for `seconds` and reports throughput and latency in ms. */
export const measureLoop = async (
  concurrency: number,
  seconds: number,
  work: () => Promise<void>,
): Promise<Measurement> => {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await work();
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
};

export type Row = {
  scenario: string;
  database: string;
  variant: string;
  measurement: Measurement;
  note?: string;
};
