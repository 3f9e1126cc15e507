import { sql, type Kysely } from 'kysely';

/**
 * Imports: the uploaded file (kept in the database in chunks, so any instance can resume the
 * job after a crash), its mapping and options, progress committed with each batch of rows,
 * and one row per problem found. Mapping templates are saved per organisation.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE imports (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      entity text NOT NULL,
      file_name text NOT NULL,
      format text NOT NULL,
      encoding text NOT NULL,
      byte_size bigint NOT NULL,
      headers text[] NOT NULL DEFAULT '{}',
      mapping jsonb NOT NULL DEFAULT '{}'::jsonb,
      options jsonb NOT NULL DEFAULT '{}'::jsonb,
      status text NOT NULL DEFAULT 'uploaded',
      dry_run boolean NOT NULL DEFAULT false,
      total_rows int,
      processed_rows int NOT NULL DEFAULT 0,
      created_count int NOT NULL DEFAULT 0,
      updated_count int NOT NULL DEFAULT 0,
      skipped_count int NOT NULL DEFAULT 0,
      error_count int NOT NULL DEFAULT 0,
      job_id uuid,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (org_id, id)
    );

    CREATE TABLE import_chunks (
      org_id uuid NOT NULL,
      import_id uuid NOT NULL,
      seq int NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (org_id, import_id, seq),
      FOREIGN KEY (org_id, import_id) REFERENCES imports(org_id, id) ON DELETE CASCADE
    );

    CREATE TABLE import_problems (
      org_id uuid NOT NULL,
      import_id uuid NOT NULL,
      line int NOT NULL,
      column_name text,
      reason text NOT NULL,
      value text,
      FOREIGN KEY (org_id, import_id) REFERENCES imports(org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX import_problems_import ON import_problems (org_id, import_id, line);

    CREATE TABLE import_templates (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      entity text NOT NULL,
      name text NOT NULL,
      mapping jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );
    CREATE UNIQUE INDEX import_templates_name ON import_templates (org_id, entity, lower(name));
  `.execute(db);
};
