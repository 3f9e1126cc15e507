import { sql, type Kysely } from 'kysely';

/**
 * Replies to writes sent with an `Idempotency-Key` header (orders, refunds): a retry with the
 * same key and body gets the stored reply; the same key with another body is a conflict.
 * The row is written in the transaction that does the work, so a crash leaves neither.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE idempotency_keys (
      org_id uuid NOT NULL REFERENCES orgs(id),
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status int NOT NULL,
      response jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, scope, key)
    );
    CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
  `.execute(db);
};
