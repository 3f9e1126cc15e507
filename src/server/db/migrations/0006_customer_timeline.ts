import { sql, type Kysely } from 'kysely';

/**
 * One row per thing that happened to a customer, written by whichever module made it happen
 * (in the same transaction), read newest first by the 360 page.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE customer_timeline (
      org_id uuid NOT NULL,
      id uuid NOT NULL,
      customer_id uuid NOT NULL,
      type text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      actor_name text,
      summary text NOT NULL,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX customer_timeline_customer ON customer_timeline (org_id, customer_id, at DESC, id DESC);
  `.execute(db);
};
