import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import pg from 'pg';
import type { Target } from '../harness';
import { copyFrom } from './order-import-raw';

const STAGED = ['name', 'phone', 'email', 'city', 'category', 'tags'];

/** 10,000 parsed rows per multi-row INSERT: PGlite served over the socket cannot take COPY FROM STDIN. */
const insertFrom = async (client: pg.ClientBase, path: string) => {
  const insert = (rows: string[][]) =>
    client.query(
      `INSERT INTO bench_customer_staging SELECT * FROM unnest(${STAGED.map((_, i) => `$${i + 1}::text[]`).join(', ')})`,
      STAGED.map((_, i) => rows.map((r) => r[i] ?? '')),
    );
  let batch: string[][] = [];
  for await (const record of createReadStream(path).pipe(parse({ from_line: 2 }))) {
    batch.push(record as string[]);
    if (batch.length === 10_000) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
};

/**
 * The lower bound for a customer import: the file into an unlogged staging table (COPY on
 * PostgreSQL), then one INSERT … SELECT into customers (contacts as JSON, phone and email keys,
 * lower-cased name key, category key from its label, tags split) and one into their rollup rows. No
 * pinyin, no checks, no duplicate matching, no problem report, no progress.
 */
export const rawCustomerImport = async (target: Target, orgId: string, path: string) => {
  const client = new pg.Client(target.rawConnection);
  await client.connect();
  try {
    const started = performance.now();
    await client.query(
      `CREATE UNLOGGED TABLE bench_customer_staging (${STAGED.map((c) => `${c} text`).join(', ')})`,
    );
    if (target.kind === 'postgres')
      await copyFrom(
        client,
        `COPY bench_customer_staging FROM STDIN WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL (email, tags))`,
        createReadStream(path),
      );
    else await insertFrom(client, path);
    const stageSeconds = (performance.now() - started) / 1000;
    await client.query('BEGIN');
    const inserted = await client.query(
      `INSERT INTO customers (org_id, id, kind, name, phones, emails, city, category, tags, phone_keys, email_keys,
                              name_key, search_text)
       SELECT $1, gen_random_uuid(), 'person', s.name,
              jsonb_build_array(jsonb_build_object('number', '+86' || s.phone, 'label', 'mobile', 'primary', true)),
              CASE WHEN s.email = '' THEN '[]'::jsonb
                   ELSE jsonb_build_array(jsonb_build_object('address', s.email, 'label', 'work', 'primary', true)) END,
              s.city, CASE s.category WHEN '潜在客户' THEN 'prospect' WHEN '现有客户' THEN 'existing' ELSE 'vip' END,
              coalesce(string_to_array(nullif(s.tags, ''), ';'), '{}'), ARRAY['+86' || s.phone],
              CASE WHEN s.email = '' THEN '{}'::text[] ELSE ARRAY[lower(s.email)] END,
              lower(s.name), lower(s.name || ' ' || s.phone || ' ' || s.email)
       FROM bench_customer_staging s`,
      [orgId],
    );
    await client.query(
      `INSERT INTO customer_rollups (org_id, customer_id)
       SELECT org_id, id FROM customers WHERE org_id = $1`,
      [orgId],
    );
    await client.query('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    return { seconds, stageSeconds, rows: inserted.rowCount ?? 0 };
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_customer_staging').catch(() => undefined);
    await client.end();
  }
};
