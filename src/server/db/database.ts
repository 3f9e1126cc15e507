import { resolve, join } from 'node:path';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Config } from '../config';
import type { DB } from './schema';
import { startEmbedded, socketFile, type EmbeddedServer } from './embedded';
import { acquireLock, lockHolder, releaseLock } from './data-dir-lock';

export type DatabaseKind = 'embedded' | 'postgres';

export type Database = {
  db: Kysely<DB>;
  /** Reports and analytics; the primary unless DATABASE_READ_URL is set. */
  readDb: Kysely<DB>;
  kind: DatabaseKind;
  /** How to open another connection (LISTEN, backups, tests). */
  connection: pg.ClientConfig;
  /** Set when this process runs the embedded database itself. */
  embedded?: EmbeddedServer;
  close(): Promise<void>;
};

/**
 * int8 and numeric come back as numbers on both databases (counts and cents stay below 2^53);
 * `date` stays the text the database sent (2026-01-31), so no time zone shifts a birthday.
 */
const toNumber = (value: string) => Number(value);
const asText = (value: string) => value;
export const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === 20 || oid === 1700) return toNumber;
    if (oid === 1082) return asText;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export const createKysely = (connection: pg.PoolConfig, max: number): { db: Kysely<DB>; pool: pg.Pool } => {
  const pool = new pg.Pool({ ...connection, max, types: pgTypes, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {
    // A dropped idle client is replaced on next use; the query that needs it reports the error.
  });
  return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), pool };
};

export const embeddedConnection = (socketDir: string): pg.ClientConfig => ({
  host: socketDir,
  port: 5432,
  user: 'postgres',
  database: 'postgres',
});

export const postgresConnection = (url: string): pg.ClientConfig => ({ connectionString: url });

/**
 * Opens the configured database. In embedded mode the first process to open a data directory
 * serves it; a second process (the CLI while the server runs) connects through the first one's socket.
 */
export const openDatabase = async (
  config: Config,
  opts: { serve: boolean } = { serve: true },
): Promise<Database> => {
  if (config.databaseUrl) {
    const connection = postgresConnection(config.databaseUrl);
    const primary = createKysely(connection, config.poolSize);
    const read = config.databaseReadUrl
      ? createKysely(postgresConnection(config.databaseReadUrl), config.poolSize)
      : undefined;
    return {
      db: primary.db,
      readDb: read?.db ?? primary.db,
      kind: 'postgres',
      connection,
      async close() {
        await read?.db.destroy();
        await primary.db.destroy();
      },
    };
  }

  const dataDir = resolve(config.dataDir);
  const holder = lockHolder(dataDir);
  if (holder) {
    if (opts.serve)
      throw new Error(`Kehu is already running on ${dataDir} (process ${holder}); stop it first.`);
    if (!existsSync(socketFile(dataDir)))
      throw new Error(`Kehu (process ${holder}) is starting on ${dataDir}; try again shortly.`);
    const connection = embeddedConnection(dataDir);
    const { db } = createKysely(connection, 4);
    return { db, readDb: db, kind: 'embedded', connection, close: () => db.destroy() };
  }

  const lock = acquireLock(dataDir);
  if (!lock.held) throw new Error(`Kehu is already running on ${dataDir} (process ${lock.pid}).`);
  try {
    const embedded = await startEmbedded({ dataDir: join(dataDir, 'pgdata'), socketDir: dataDir });
    const connection = embeddedConnection(dataDir);
    const { db } = createKysely(connection, config.poolSize);
    return {
      db,
      readDb: db,
      kind: 'embedded',
      connection,
      embedded,
      async close() {
        await db.destroy();
        await embedded.stop();
        releaseLock(dataDir);
      },
    };
  } catch (error) {
    releaseLock(dataDir);
    throw error;
  }
};
