import { sql, type Kysely } from 'kysely';

/**
 * What the analytics dashboard (A7) reads besides `customer_scores`:
 * - `analytics_settings`: per organisation, the admin-edited RFM rules, CLV horizon and
 *   discount rate, churn definition, lifecycle thresholds (JSON checked by the shared contract).
 * - `analytics_model_runs`: each refresh — fitted BG/NBD and Gamma-Gamma parameters with
 *   standard errors, or the reason they could not be fitted; warnings; the fit-quality table;
 *   timings. At most one run per organisation is `running` at a time.
 * - `analytics_periods`, `analytics_windows`, `analytics_cohorts`, `analytics_breakdowns`: the
 *   organisation-wide figures precomputed by the refresh, so the dashboard answers in
 *   milliseconds at a million customers. Users who see only some customers get the same
 *   figures computed on the fly from their customers' orders and scores.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE analytics_settings (
      org_id uuid PRIMARY KEY REFERENCES orgs(id),
      settings jsonb NOT NULL,
      version int NOT NULL DEFAULT 1,
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE analytics_model_runs (
      org_id uuid NOT NULL REFERENCES orgs(id),
      id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
      job_id uuid,
      as_of date NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      heartbeat_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      customers int,
      buyers int,
      repeat_customers int,
      average_clv_cents bigint,
      bgnbd jsonb,
      gamma_gamma jsonb,
      fit_quality jsonb,
      clv_buckets jsonb,
      warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
      timings jsonb NOT NULL DEFAULT '{}'::jsonb,
      settings jsonb NOT NULL,
      error text,
      PRIMARY KEY (org_id, id)
    );
    CREATE UNIQUE INDEX analytics_model_runs_one_running ON analytics_model_runs (org_id) WHERE status = 'running';
    CREATE INDEX analytics_model_runs_latest ON analytics_model_runs (org_id, status, finished_at DESC);

    CREATE TABLE analytics_periods (
      org_id uuid NOT NULL REFERENCES orgs(id),
      period text NOT NULL CHECK (period IN ('month', 'quarter')),
      start date NOT NULL,
      active int NOT NULL,
      new_customers int NOT NULL,
      transactions int NOT NULL,
      revenue_cents bigint NOT NULL,
      churned int NOT NULL,
      churn_base int NOT NULL,
      PRIMARY KEY (org_id, period, start)
    );

    CREATE TABLE analytics_windows (
      org_id uuid NOT NULL REFERENCES orgs(id),
      days int NOT NULL,
      previous boolean NOT NULL,
      customers int NOT NULL,
      active int NOT NULL,
      new_customers int NOT NULL,
      revenue_cents bigint NOT NULL,
      repeaters int NOT NULL,
      churned int NOT NULL,
      churn_base int NOT NULL,
      PRIMARY KEY (org_id, days, previous)
    );

    CREATE TABLE analytics_cohorts (
      org_id uuid NOT NULL REFERENCES orgs(id),
      cohort date NOT NULL,
      month_offset int NOT NULL,
      size int NOT NULL,
      repeaters int NOT NULL,
      active int NOT NULL,
      revenue_cents bigint NOT NULL,
      PRIMARY KEY (org_id, cohort, month_offset)
    );

    CREATE TABLE analytics_breakdowns (
      org_id uuid NOT NULL REFERENCES orgs(id),
      chart text NOT NULL,
      key text NOT NULL,
      customers int NOT NULL,
      revenue_cents bigint NOT NULL,
      clv_cents bigint NOT NULL,
      PRIMARY KEY (org_id, chart, key)
    );
  `.execute(db);
};
