import { sql, type Kysely } from 'kysely';

export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE audit_log (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_type text NOT NULL,
      actor_id uuid,
      actor_name text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id uuid,
      changes jsonb NOT NULL DEFAULT '{}'::jsonb,
      request_id text,
      ip text,
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX audit_log_entity_idx ON audit_log (org_id, entity_type, entity_id, id DESC);
    CREATE INDEX audit_log_actor_idx ON audit_log (org_id, actor_id, id DESC);
  `.execute(db);
};
