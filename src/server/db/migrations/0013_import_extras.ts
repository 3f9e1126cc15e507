import { sql, type Kysely } from 'kysely';

/**
 * What running imports need beyond 0008: a lease (`locked_by`, `locked_until`) so only one
 * runner loads an import even when a job is retried while the first runner still lives; the
 * preview shown again when the wizard is reopened; the reason a run failed; and a per-line
 * sequence so problems page with a stable keyset.
 *
 * The phone and email key indexes stop using GIN's pending list (`fastupdate`): their rows
 * hold one to three keys, so writing them straight into the tree costs little, while every
 * duplicate check (an import matches a thousand keys per query) would otherwise scan the
 * whole unsorted pending list — measured at 650 ms per lookup after 10,000 inserts.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE imports
      ADD COLUMN locked_by text,
      ADD COLUMN locked_until timestamptz,
      ADD COLUMN preview jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN error text;
    CREATE INDEX imports_recent ON imports (org_id, created_at DESC, id DESC);

    ALTER TABLE import_problems ADD COLUMN seq int NOT NULL DEFAULT 0;
    DROP INDEX import_problems_import;
    CREATE INDEX import_problems_import ON import_problems (org_id, import_id, line, seq);

    ALTER INDEX customers_phone_keys SET (fastupdate = off);
    ALTER INDEX customers_email_keys SET (fastupdate = off);
  `.execute(db);
};
