import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

const FORMAT = 'kehu-backup';
const BATCH = 1000;

type Header = {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: string[];
};

/** Our tables in an order where every table comes after the tables it references. */
export const tablesInDependencyOrder = async (db: Kysely<DB>): Promise<string[]> => {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT LIKE 'kehu_migrations%' ORDER BY tablename`.execute(db);
  const { rows: refs } = await sql<{ child: string; parent: string }>`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`.execute(db);
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const r of refs) if (r.child === name && r.parent !== name) visit(r.parent, path);
    ordered.push(name);
  };
  for (const t of tables) visit(t.name, new Set());
  return ordered;
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes every row of every table, read in one REPEATABLE READ snapshot so the copy is
 * consistent while the server keeps running. Gzipped JSON lines.
 */
export const writeBackup = async (
  db: Kysely<DB>,
  file: string,
): Promise<{ tables: number; rows: number }> => {
  let rowCount = 0;
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const tables = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const names = await tablesInDependencyOrder(tx);
      const { rows: migrations } = await sql<{
        name: string;
      }>`SELECT name FROM kehu_migrations ORDER BY name`.execute(tx);
      const header: Header = {
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migrations: migrations.map((m) => m.name),
        tables: names,
      };
      await write(header);
      for (const table of names) {
        let last = '(0,0)';
        for (;;) {
          const { rows } = await sql<{ ctid: string; j: unknown }>`
            SELECT t.ctid::text AS ctid, row_to_json(t) AS j FROM ${sql.raw(quoteIdent(table))} t
            WHERE t.ctid > ${last}::tid ORDER BY t.ctid LIMIT ${BATCH}`.execute(tx);
          for (const r of rows) await write({ t: table, r: r.j });
          rowCount += rows.length;
          if (rows.length < BATCH) break;
          last = rows[rows.length - 1]!.ctid;
        }
      }
      return names.length;
    });
  gzip.end();
  await done;
  return { tables, rows: rowCount };
};

/**
 * Loads a backup into a migrated, empty database in one transaction: all of it or nothing.
 * Throws if the database already holds data or the backup is from a newer Kehu.
 */
export const restoreBackup = async (db: Kysely<DB>, file: string): Promise<{ rows: number }> => {
  let header: Header | undefined;
  let rows = 0;
  await db.transaction().execute(async (tx) => {
    const known = new Set(
      (await sql<{ name: string }>`SELECT name FROM kehu_migrations`.execute(tx)).rows.map((r) => r.name),
    );
    const tables = await tablesInDependencyOrder(tx);
    for (const table of tables) {
      const { rows: any } = await sql`SELECT 1 FROM ${sql.raw(quoteIdent(table))} LIMIT 1`.execute(tx);
      if (any.length > 0)
        throw new Error(
          `The database is not empty (table ${table} has rows); restore into an empty data directory or database.`,
        );
    }
    let batch: unknown[] = [];
    let batchTable = '';
    const flush = async () => {
      if (batch.length === 0) return;
      if (!tables.includes(batchTable))
        throw new Error(`The backup has a table this Kehu does not know: ${batchTable}`);
      const t = sql.raw(quoteIdent(batchTable));
      await sql`INSERT INTO ${t} SELECT * FROM json_populate_recordset(NULL::${t}, ${JSON.stringify(batch)}::json)`.execute(
        tx,
      );
      rows += batch.length;
      batch = [];
    };
    // Created right before iterating: readline drops lines emitted before iteration starts.
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line) continue;
      const value = JSON.parse(line) as Header | { t: string; r: unknown };
      if (!header) {
        if ((value as Header).format !== FORMAT) throw new Error('This file is not a Kehu backup.');
        header = value as Header;
        const unknown = header.migrations.filter((m) => !known.has(m));
        if (unknown.length)
          throw new Error(
            `The backup comes from a newer Kehu (migrations ${unknown.join(', ')}); upgrade first.`,
          );
        continue;
      }
      const { t, r } = value as { t: string; r: unknown };
      if (t !== batchTable || batch.length >= BATCH) await flush();
      batchTable = t;
      batch.push(r);
    }
    await flush();
    if (!header) throw new Error('The backup file is empty.');
  });
  return { rows };
};

/** A digest of every table's contents, to prove a restore gave back identical data. */
export const databaseDigest = async (db: Kysely<DB>): Promise<Record<string, string>> => {
  const digest: Record<string, string> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    const { rows } = await sql<{ d: string | null; n: number }>`
      SELECT md5(coalesce(string_agg(x, E'\\n' ORDER BY x), '')) AS d, count(*)::int AS n
      FROM (SELECT row_to_json(t)::text AS x FROM ${sql.raw(quoteIdent(table))} t) s`.execute(db);
    digest[table] = `${rows[0]!.n}:${rows[0]!.d}`;
  }
  return digest;
};
