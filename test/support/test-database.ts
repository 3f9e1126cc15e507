import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { configWith, type Config } from '../../src/server/config';
import { createKysely, embeddedConnection, type Database } from '../../src/server/db/database';
import { startEmbedded } from '../../src/server/db/embedded';
import { adminDatabaseUrl, pgTemplateFor, pgUrlFor, templateFileFor, testRoot } from './test-env';

export type DbKind = 'embedded' | 'postgres';
export const databaseKinds: DbKind[] = ['embedded', 'postgres'];

const uniqueName = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** A fresh, migrated database of the given kind, copied from the run's template; `close` removes it. */
export const openTestDatabase = async (
  kind: DbKind,
  env: Record<string, string> = {},
): Promise<{ database: Database; config: Config }> => {
  const runId = inject('runId');
  if (kind === 'embedded') {
    const socketDir = join(testRoot, runId, uniqueName());
    mkdirSync(socketDir, { recursive: true });
    const embedded = await startEmbedded({
      dataDir: undefined,
      socketDir,
      templateFile: templateFileFor(runId),
    });
    const connection = embeddedConnection(socketDir);
    const { db } = createKysely(connection, 10);
    const config = configWith({ KEHU_DATA_DIR: socketDir, KEHU_JOBS: 'off', ...env });
    const database: Database = {
      db,
      readDb: db,
      kind,
      connection,
      embedded,
      async close() {
        await db.destroy();
        await embedded.stop();
        rmSync(socketDir, { recursive: true, force: true });
      },
    };
    return { database, config };
  }
  const name = `kehu_test_${runId}_${uniqueName()}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${pgTemplateFor(runId)}`);
  await admin.end();
  const url = pgUrlFor(name);
  const connection = { connectionString: url };
  const { db } = createKysely(connection, 10);
  const config = configWith({ DATABASE_URL: url, KEHU_JOBS: 'off', ...env });
  const database: Database = {
    db,
    readDb: db,
    kind,
    connection,
    async close() {
      await db.destroy();
      const drop = new pg.Client({ connectionString: adminDatabaseUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
  return { database, config };
};
