import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../src/server/db/embedded';
import { createKysely, embeddedConnection } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { adminDatabaseUrl, pgTemplateFor, pgUrlFor, templateFileFor, testRoot } from './test-env';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  export interface ProvidedContext {
    runId: string;
  }
}

/**
 * Builds one migrated template per database kind for the whole run: a dumped PGlite data
 * directory and a PostgreSQL template database. Each test file copies one in about a second.
 */
export async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  project.provide('runId', runId);
  const dir = join(testRoot, runId);
  mkdirSync(dir, { recursive: true });

  const embedded = await startEmbedded({ dataDir: undefined, socketDir: dir });
  const { db } = createKysely(embeddedConnection(dir), 2);
  await migrateToLatest(db as never);
  await db.destroy();
  await embedded.dump(templateFileFor(runId));
  await embedded.stop();

  const admin = new pg.Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  const template = pgTemplateFor(runId);
  await admin.query(`CREATE DATABASE ${template}`);
  const pgTemplate = createKysely({ connectionString: pgUrlFor(template) }, 2);
  await migrateToLatest(pgTemplate.db as never);
  await pgTemplate.db.destroy();

  teardownWork = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`kehu_test_${runId}_%`],
    );
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  };
}

let teardownWork: (() => Promise<void>) | undefined;

export async function teardown() {
  await teardownWork?.();
}
