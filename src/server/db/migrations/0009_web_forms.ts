import { sql, type Kysely } from 'kysely';

/** Public lead forms and their submissions (one per idempotency key, so a resubmit is harmless). */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE web_forms (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      public_id text NOT NULL UNIQUE,
      name text NOT NULL,
      fields jsonb NOT NULL,
      consent_text text,
      thank_you text,
      owner_id uuid,
      source text,
      tags text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      PRIMARY KEY (org_id, id)
    );

    CREATE TABLE web_form_submissions (
      org_id uuid NOT NULL,
      form_id uuid NOT NULL,
      idempotency_key text NOT NULL,
      customer_id uuid NOT NULL,
      created boolean NOT NULL,
      ip text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, form_id, idempotency_key),
      FOREIGN KEY (org_id, form_id) REFERENCES web_forms(org_id, id)
    );
  `.execute(db);
};
