import { sql, type Kysely } from 'kysely';

/** Saved table views (private, team or organisation) and segments with their daily sizes. */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE saved_views (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      name text NOT NULL,
      owner_id uuid NOT NULL,
      visibility text NOT NULL CHECK (visibility IN ('private', 'team', 'org')),
      team_id uuid,
      definition jsonb NOT NULL,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX saved_views_owner ON saved_views (org_id, owner_id);

    CREATE TABLE segments (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      name text NOT NULL,
      description text,
      filter jsonb NOT NULL,
      created_by uuid,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      PRIMARY KEY (org_id, id)
    );
    CREATE UNIQUE INDEX segments_name_key ON segments (org_id, lower(name)) WHERE deleted_at IS NULL;

    CREATE TABLE segment_sizes (
      org_id uuid NOT NULL,
      segment_id uuid NOT NULL,
      day date NOT NULL,
      size int NOT NULL,
      PRIMARY KEY (org_id, segment_id, day),
      FOREIGN KEY (org_id, segment_id) REFERENCES segments(org_id, id)
    );
  `.execute(db);
};
