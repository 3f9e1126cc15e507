import { sql, type Kysely } from 'kysely';

/**
 * Pairs of customers someone marked "not duplicates" (C7). A pair is stored once, the smaller
 * id first, so the review page can hide a group whose every pair was dismissed. A merge
 * re-points earlier merges (`merged_into`) at the new survivor, which the partial index serves.
 *
 * Large organisations review stored groups (`duplicate_groups`), recomputed by a background
 * job; finding them afresh means reading every customer, seconds at a million.
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

    CREATE TABLE duplicate_groups (
      org_id uuid NOT NULL REFERENCES orgs(id),
      key text NOT NULL,
      first_id uuid NOT NULL,
      ids uuid[] NOT NULL,
      reasons text[] NOT NULL,
      PRIMARY KEY (org_id, key)
    );
    CREATE INDEX duplicate_groups_page ON duplicate_groups (org_id, first_id, key);

    CREATE TABLE duplicate_scans (
      org_id uuid PRIMARY KEY REFERENCES orgs(id),
      finished_at timestamptz NOT NULL
    );
  `.execute(db);
};
