import { sql, type Kysely } from 'kysely';

/**
 * Import problems keep, beside their English `reason`, a stable `code` and the `params` that
 * fill in its sentence, so the web can show each problem in the user's language. Problems
 * recorded before this have no code and are shown by their reason.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE import_problems
      ADD COLUMN code text,
      ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb;
  `.execute(db);
};
