import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { configWith } from '../../src/server/config';
import { createKysely, openDatabase } from '../../src/server/db/database';
import { makeSetup } from '../factories/accounts';
import { csvOf } from '../factories/imports';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { adminDatabaseUrl, pgUrlFor, testRoot } from '../support/test-env';

const ROWS = 40_000;
/** Every 500th row has a phone that cannot be right; the rest must load exactly once. */
const isBad = (i: number) => i % 500 === 499;
const GOOD = Array.from({ length: ROWS }, (_, i) => i).filter((i) => !isBad(i)).length;
const file = csvOf([
  ['客户编号', '姓名', '手机', '邮箱', '城市'],
  ...Array.from({ length: ROWS }, (_, i) => [
    `K${i}`,
    `客户${i}`,
    isBad(i) ? '12345' : `1380${String(i).padStart(7, '0')}`,
    `k${i}@example.com`,
    '杭州市',
  ]),
]);

type Session = { cookie: string; csrf: string };

const api = async (server: ServerProcess, session: Session, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res.json();
};

const poll = async <T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

type Target = {
  env: Record<string, string>;
  count: () => Promise<{ total: number; distinct: number }>;
  cleanup(): Promise<void>;
};

const countQuery = sql<{ total: number; distinct: number }>`
  SELECT count(*)::int AS total, count(DISTINCT external_id)::int AS distinct FROM customers WHERE kind = 'person'`;

const embeddedTarget = (): Target => {
  const dataDir = mkdtempSync(join(testRoot, 'import-crash-'));
  return {
    env: { KEHU_DATA_DIR: dataDir },
    /** Opens the data directory itself, so the server must have stopped. */
    async count() {
      const database = await openDatabase(configWith({ KEHU_DATA_DIR: dataDir }));
      try {
        return (await countQuery.execute(database.db)).rows[0]!;
      } finally {
        await database.close();
      }
    },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
};

const postgresTarget = async (): Promise<Target> => {
  const name = `kehu_crash_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = pgUrlFor(name);
  return {
    env: { DATABASE_URL: url },
    async count() {
      const { db } = createKysely({ connectionString: url }, 1);
      try {
        return (await countQuery.execute(db)).rows[0]!;
      } finally {
        await db.destroy();
      }
    },
    async cleanup() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};

describe.each(['embedded', 'postgres'] as const)(
  'an import killed mid-way on %s',
  { timeout: 420_000 },
  (kind) => {
    let server: ServerProcess | undefined;
    let target: Target | undefined;
    afterAll(async () => {
      server?.child.kill('SIGKILL');
      await server?.exited;
      await target?.cleanup();
    });

    it('resumes after kill -9 and a restart, loading every good row exactly once', async () => {
      target = kind === 'embedded' ? embeddedTarget() : await postgresTarget();
      server = await startServerProcess(target.env);
      const setup = await fetch(`${server.url}/api/v1/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(makeSetup()),
      });
      expect(setup.status).toBe(200);
      const session = {
        cookie: setup.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
        csrf: (await setup.json()).csrfToken,
      };
      const upload = await fetch(`${server.url}/api/v1/imports?fileName=crash.csv`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': 'application/octet-stream',
        },
        body: file,
      });
      expect(upload.status).toBe(200);
      const { import: created, suggestions } = await upload.json();
      await api(server, session, 'POST', `/imports/${created.id}/start`, {
        mapping: suggestions,
        loadGoodRowsOnly: true,
      });

      const running = server;
      const midway = await poll(
        'rows loaded, part-way',
        () => api(running, session, 'GET', `/imports/${created.id}`),
        (i) => i.status === 'loading' && i.processedRows > 0,
        120_000,
      );
      server.child.kill('SIGKILL');
      await server.exited;
      expect(midway.processedRows).toBeLessThan(ROWS);

      server = await startServerProcess(target.env);
      const restarted = server;
      const after = await api(restarted, session, 'GET', `/imports/${created.id}`);
      expect(after.processedRows).toBeGreaterThanOrEqual(midway.processedRows);
      expect(after.processedRows).toBeLessThan(ROWS);
      const done = await poll(
        'the import to finish after the restart',
        () => api(restarted, session, 'GET', `/imports/${created.id}`),
        (i) => i.status !== 'loading' && i.status !== 'queued',
        240_000,
      );
      expect(done).toMatchObject({
        status: 'done',
        processedRows: ROWS,
        createdCount: GOOD,
        errorCount: ROWS - GOOD,
      });
      const count = await api(restarted, session, 'GET', '/customers/count');
      expect(count).toMatchObject({ count: GOOD, estimated: false });
      const problems = await api(restarted, session, 'GET', `/imports/${created.id}/problems?limit=200`);
      expect(problems.data).toHaveLength(ROWS - GOOD);
      expect(new Set(problems.data.map((p: { line: number }) => p.line)).size).toBe(ROWS - GOOD);
      restarted.child.kill('SIGTERM');
      await restarted.exited;
      server = undefined;
      // Straight from the database: as many customers as good rows, and no external id twice.
      expect(await target.count()).toEqual({ total: GOOD, distinct: GOOD });
    });
  },
);
