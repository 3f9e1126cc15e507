import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import pg from 'pg';

type CopyConnection = pg.Connection & {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
};

/**
 * `COPY … FROM STDIN` with plain `pg` (what pg-copy-streams does, without the dependency): a
 * submittable query that streams `source` as CopyData once the server asks for it.
 */
export const copyFrom = (client: pg.ClientBase, text: string, source: Readable) =>
  new Promise<void>((resolve, reject) => {
    let failure: Error | null = null;
    const query = {
      submit: (connection: pg.Connection) => connection.query(text),
      handleCopyInResponse: (connection: CopyConnection) => {
        source.on('data', (chunk: Buffer) => connection.sendCopyFromChunk(chunk));
        source.on('end', () => connection.endCopyFrom());
        source.on('error', (error: Error) => {
          failure = error;
          connection.sendCopyFail(error.message);
        });
      },
      handleError: (error: Error) => {
        failure = error;
      },
      handleReadyForQuery: () => (failure ? reject(failure) : resolve()),
      handleCommandComplete: () => undefined,
      handleRowDescription: () => undefined,
      handleDataRow: () => undefined,
      handleEmptyQuery: () => undefined,
      handleCopyData: () => undefined,
    };
    client.query(query);
  });

const STAGED = [
  'invoice',
  'stock_code',
  'description',
  'quantity',
  'invoice_date',
  'unit_price',
  'customer_id',
  'country',
];

/**
 * Fills the staging table with multi-row INSERTs of 10,000 parsed lines each: PGlite served over
 * the socket cannot take COPY FROM STDIN (see the scenario's note).
 */
const insertFrom = async (client: pg.ClientBase, staging: string, source: Readable) => {
  const insert = (rows: string[][]) =>
    client.query(
      `INSERT INTO ${staging} (${STAGED.join(', ')})
       SELECT invoice, stock_code, description, quantity::int, invoice_date::timestamp, unit_price::numeric,
              nullif(customer_id, ''), country
       FROM unnest(${STAGED.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS v(${STAGED.join(', ')})`,
      STAGED.map((_, i) => rows.map((r) => r[i]!)),
    );
  let batch: string[][] = [];
  for await (const record of source.pipe(parse({ from_line: 2, relax_column_count: true }))) {
    batch.push(record as string[]);
    if (batch.length === 10_000) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
};

/** The statements after the COPY, in one transaction; `$1` is the organisation, `s` the staging table. */
const loadStatements = (staging: string) => [
  `INSERT INTO products (org_id, id, sku, name, list_price_cents)
   SELECT DISTINCT ON (lower(stock_code)) $1::uuid, gen_random_uuid(), stock_code, coalesce(description, stock_code),
          greatest(0, round(unit_price * 100))::bigint
   FROM ${staging} WHERE customer_id IS NOT NULL ORDER BY lower(stock_code), line`,
  `WITH ins AS (
     INSERT INTO customers (org_id, id, kind, name, name_key, search_text, external_id, source)
     SELECT $1::uuid, gen_random_uuid(), 'person', customer_id, customer_id, customer_id, customer_id, 'import'
     FROM (SELECT DISTINCT customer_id FROM ${staging} WHERE customer_id IS NOT NULL) c
     RETURNING org_id, id)
   INSERT INTO customer_rollups (org_id, customer_id) SELECT org_id, id FROM ins`,
  `INSERT INTO orders (org_id, id, customer_id, external_id, status, channel, currency, ordered_at, total_cents)
   SELECT $1::uuid, gen_random_uuid(), c.id, s.invoice, 'completed', 'online_store', 'GBP',
          min(s.invoice_date) AT TIME ZONE 'Europe/London', sum(round(s.unit_price * 100)::bigint * s.quantity)
   FROM ${staging} s JOIN customers c ON c.org_id = $1::uuid AND c.external_id = s.customer_id
   WHERE s.invoice NOT LIKE 'C%' AND s.quantity > 0 AND s.unit_price >= 0
   GROUP BY s.invoice, c.id`,
  `INSERT INTO order_lines (org_id, order_id, line_no, product_id, product_name, quantity, unit_price_cents,
                            discount_cents, total_cents)
   SELECT $1::uuid, o.id, row_number() OVER (PARTITION BY o.id ORDER BY s.line), p.id, coalesce(s.description, p.name),
          s.quantity, round(s.unit_price * 100)::bigint, 0, round(s.unit_price * 100)::bigint * s.quantity
   FROM ${staging} s
   JOIN orders o ON o.org_id = $1::uuid AND o.external_id = s.invoice
   JOIN products p ON p.org_id = $1::uuid AND lower(p.sku) = lower(s.stock_code)
   WHERE s.quantity > 0 AND s.unit_price >= 0 AND s.customer_id IS NOT NULL`,
  `INSERT INTO customer_products (org_id, customer_id, product_id, orders, quantity, revenue_cents, last_ordered_at)
   SELECT o.org_id, o.customer_id, l.product_id, count(DISTINCT o.id), sum(l.quantity), sum(l.total_cents), max(o.ordered_at)
   FROM orders o JOIN order_lines l ON l.org_id = o.org_id AND l.order_id = o.id
   WHERE o.org_id = $1::uuid GROUP BY 1, 2, 3`,
  `UPDATE customer_rollups r SET order_count = a.n, revenue_cents = a.revenue, first_order_at = a.first_at,
          last_order_at = a.last_at, avg_order_cents = round(a.revenue::numeric / a.n)::bigint,
          favourite_product_id = fp.product_id, favourite_product = fp.name, preferred_channel = 'online_store'
   FROM (SELECT customer_id, count(*)::int AS n, sum(total_cents) AS revenue, min(ordered_at) AS first_at,
                max(ordered_at) AS last_at
         FROM orders WHERE org_id = $1::uuid GROUP BY customer_id) a
   LEFT JOIN (SELECT DISTINCT ON (cp.customer_id) cp.customer_id, cp.product_id, p.name
              FROM customer_products cp JOIN products p ON p.org_id = cp.org_id AND p.id = cp.product_id
              WHERE cp.org_id = $1::uuid ORDER BY cp.customer_id, cp.orders DESC, cp.revenue_cents DESC, p.name) fp
     ON fp.customer_id = a.customer_id
   WHERE r.org_id = $1::uuid AND r.customer_id = a.customer_id`,
];

/**
 * The raw SQL lower bound for importing the Online Retail file into `orgId`: the decompressed
 * file into an unlogged staging table (COPY, or batched INSERTs where COPY is unavailable), then
 * one transaction of INSERT … SELECT for products, customers (with rollup rows), orders grouped
 * by invoice, lines, and the purchase rollups. Returns seconds (each statement's too) and what
 * it created.
 */
export const rawRetailImport = async (
  connection: pg.ClientConfig,
  orgId: string,
  file: string,
  stage: 'copy' | 'insert',
) => {
  const client = new pg.Client(connection);
  client.on('error', () => undefined); // a lost connection fails the running query instead
  await client.connect();
  const staging = `bench_retail_${Date.now().toString(36)}`;
  try {
    const started = performance.now();
    await client.query(
      `CREATE UNLOGGED TABLE ${staging} (line bigserial, invoice text, stock_code text, description text,
         quantity int, invoice_date timestamp, unit_price numeric, customer_id text, country text)`,
    );
    const source = createReadStream(file).pipe(createGunzip());
    if (stage === 'copy')
      await copyFrom(
        client,
        `COPY ${staging} (${STAGED.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true)`,
        source,
      );
    else await insertFrom(client, staging, source);
    await client.query(`ANALYZE ${staging}`);
    const stageSeconds = (performance.now() - started) / 1000;
    await client.query('BEGIN');
    const steps: number[] = [];
    for (const statement of loadStatements(staging)) {
      const t0 = performance.now();
      await client.query(statement, [orgId]);
      steps.push((performance.now() - t0) / 1000);
    }
    await client.query('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM ${staging})::int AS lines,
              (SELECT count(*) FROM orders WHERE org_id = $1)::int AS orders,
              (SELECT count(*) FROM order_lines WHERE org_id = $1)::int AS order_lines,
              (SELECT count(*) FROM customers WHERE org_id = $1)::int AS customers`,
      [orgId],
    );
    return {
      seconds,
      stageSeconds,
      steps,
      ...(rows[0] as Record<'lines' | 'orders' | 'order_lines' | 'customers', number>),
    };
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${staging}`).catch(() => undefined);
    await client.end();
  }
};
