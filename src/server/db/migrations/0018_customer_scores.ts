import { sql, type Kysely } from 'kysely';

/**
 * Per-customer scores (A2–A4, L1), rewritten by the `analytics.refresh` job: the RFM scores,
 * code, segment and value tier; BG/NBD P(alive) and expected purchases; predicted and
 * historical CLV and value at risk (minor units); the lifecycle stage and since when; and the
 * purchase facts the dashboard's click-throughs filter on (first/last purchase day in the
 * organisation's time zone, purchase months, churn periods) and the purchase history they were
 * computed from (`history_days`: day numbers since 1970-01-01; `history_cents`: each day's net
 * spend), from which the dashboard tallies the figures of viewers who see only some customers
 * without going back to the orders. Model columns are null when the
 * model could not be fitted. `customer_stage_history` keeps every stage change so transitions
 * can be counted. Both follow their customer out on a hard delete (privacy erasure).
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    CREATE TABLE customer_scores (
      org_id uuid NOT NULL,
      customer_id uuid NOT NULL,
      purchase_days int NOT NULL DEFAULT 0,
      first_purchase_on date,
      last_purchase_on date,
      cohort text,
      purchase_months text[] NOT NULL DEFAULT '{}',
      churn_periods text[] NOT NULL DEFAULT '{}',
      history_days int[] NOT NULL DEFAULT '{}',
      history_cents bigint[] NOT NULL DEFAULT '{}',
      recency_days int,
      rfm_r smallint,
      rfm_f smallint,
      rfm_m smallint,
      rfm_code text,
      rfm_segment text,
      value_tier text,
      p_alive float8,
      expected_purchases float8,
      predicted_clv_cents bigint,
      historical_clv_cents bigint NOT NULL DEFAULT 0,
      value_at_risk_cents bigint,
      lifecycle_stage text NOT NULL,
      stage_since timestamptz NOT NULL,
      scored_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, customer_id),
      FOREIGN KEY (org_id, customer_id) REFERENCES customers(org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX customer_scores_value_at_risk
      ON customer_scores (org_id, value_at_risk_cents DESC NULLS LAST, customer_id DESC);
    CREATE INDEX customer_scores_predicted_clv
      ON customer_scores (org_id, predicted_clv_cents DESC NULLS LAST, customer_id DESC);
    CREATE INDEX customer_scores_stage
      ON customer_scores (org_id, lifecycle_stage, historical_clv_cents DESC, customer_id DESC);

    CREATE TABLE customer_stage_history (
      org_id uuid NOT NULL,
      customer_id uuid NOT NULL,
      changed_at timestamptz NOT NULL,
      from_stage text NOT NULL,
      to_stage text NOT NULL,
      PRIMARY KEY (org_id, customer_id, changed_at),
      FOREIGN KEY (org_id, customer_id) REFERENCES customers(org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX customer_stage_history_changed ON customer_stage_history (org_id, changed_at);
  `.execute(db);
};
