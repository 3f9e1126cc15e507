import { sql, type Kysely } from 'kysely';

/**
 * What running imports need beyond 0008: a lease (`locked_by`, `locked_until`) so only one
 * runner loads an import even when a job is retried while the first runner still lives; the
 * preview shown again when the wizard is reopened; the reason a run failed; and a per-line
 * sequence so problems page with a stable keyset.
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
  `.execute(db);
};
