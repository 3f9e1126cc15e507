import { sql, type Kysely } from 'kysely';

/**
 * The job queue and cron schedules. Platform tables: org_id is set for an organisation's work
 * and null for installation-wide housekeeping, so the key is the job id alone.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE jobs (
      id uuid PRIMARY KEY,
      org_id uuid REFERENCES orgs(id),
      type text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      status text NOT NULL DEFAULT 'queued',
      run_at timestamptz NOT NULL DEFAULT now(),
      attempts int NOT NULL DEFAULT 0,
      max_attempts int NOT NULL DEFAULT 5,
      last_error text,
      progress jsonb,
      result jsonb,
      dedupe_key text,
      locked_by text,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX jobs_claim_idx ON jobs (run_at) WHERE status = 'queued';
    CREATE INDEX jobs_stale_idx ON jobs (locked_until) WHERE status = 'running';
    CREATE INDEX jobs_org_idx ON jobs (org_id, created_at DESC);
    CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (dedupe_key) WHERE dedupe_key IS NOT NULL;

    CREATE TABLE schedules (
      name text PRIMARY KEY,
      cron text NOT NULL,
      job_type text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      next_run_at timestamptz NOT NULL,
      last_run_at timestamptz
    );

    CREATE TABLE rate_limits (
      key text PRIMARY KEY,
      hits int NOT NULL,
      window_ends_at timestamptz NOT NULL
    );
  `.execute(db);
};
