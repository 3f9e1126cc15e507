import { sql, type Kysely } from 'kysely';

/**
 * Pairs of customers someone marked "not duplicates" (C7). A pair is stored once, the smaller
 * id first, so the review page can hide a group whose every pair was dismissed. A merge
 * re-points earlier merges (`merged_into`) at the new survivor, which the partial index serves.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE duplicate_dismissals (
      org_id uuid NOT NULL REFERENCES orgs(id),
      customer_a uuid NOT NULL,
      customer_b uuid NOT NULL,
      dismissed_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, customer_a, customer_b),
      CHECK (customer_a < customer_b)
    );
    CREATE INDEX customers_merged_into ON customers (org_id, merged_into) WHERE merged_into IS NOT NULL;
  `.execute(db);
};
