import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ScoreColumns } from './score-customers';

/**
 * Writes a batch of scores, given as `n`: a SELECT of the columns below plus `old_stage`, the
 * stage the last refresh gave the customer (read with its purchases; only a refresh writes
 * scores, one at a time, so it is still current). Stage changes (old ≠ new) go to the history
 * and the rows are upserted; `stage_since` keeps its old value while the stage is unchanged.
 * Neither step joins the scores table: the upsert finds each old row through the primary key,
 * so the statement costs the same whatever the planner believes about the table's size.
 */
export const writeScores = (db: Kysely<DB>, orgId: string, at: Date, n: RawBuilder<unknown>) =>
  sql`
    WITH n AS MATERIALIZED (${n}),
    moved AS (
      INSERT INTO customer_stage_history (org_id, customer_id, changed_at, from_stage, to_stage)
      SELECT ${orgId}, customer_id, ${at}, old_stage, lifecycle_stage FROM n
      WHERE old_stage IS NOT NULL AND old_stage <> lifecycle_stage
      ON CONFLICT DO NOTHING
    )
    INSERT INTO customer_scores (org_id, customer_id, purchase_days, first_purchase_on, last_purchase_on, cohort,
      purchase_months, churn_periods, history_days, history_cents, recency_days, rfm_r, rfm_f, rfm_m, rfm_code,
      rfm_segment, value_tier, p_alive, expected_purchases, predicted_clv_cents, historical_clv_cents,
      value_at_risk_cents, lifecycle_stage, stage_since, scored_at)
    SELECT ${orgId}, customer_id, purchase_days, first_purchase_on, last_purchase_on, cohort,
      string_to_array(months, ','), string_to_array(churn, ','), history_days::int[], history_cents::bigint[],
      recency_days, rfm_r, rfm_f, rfm_m, rfm_code,
      rfm_segment, value_tier, p_alive, expected_purchases, predicted_clv_cents, historical_clv_cents,
      value_at_risk_cents, lifecycle_stage, ${at}, ${at}
    FROM n
    ON CONFLICT (org_id, customer_id) DO UPDATE SET
      purchase_days = excluded.purchase_days, first_purchase_on = excluded.first_purchase_on,
      last_purchase_on = excluded.last_purchase_on, cohort = excluded.cohort,
      purchase_months = excluded.purchase_months, churn_periods = excluded.churn_periods,
      history_days = excluded.history_days, history_cents = excluded.history_cents,
      recency_days = excluded.recency_days, rfm_r = excluded.rfm_r, rfm_f = excluded.rfm_f, rfm_m = excluded.rfm_m,
      rfm_code = excluded.rfm_code, rfm_segment = excluded.rfm_segment, value_tier = excluded.value_tier,
      p_alive = excluded.p_alive, expected_purchases = excluded.expected_purchases,
      predicted_clv_cents = excluded.predicted_clv_cents, historical_clv_cents = excluded.historical_clv_cents,
      value_at_risk_cents = excluded.value_at_risk_cents, lifecycle_stage = excluded.lifecycle_stage,
      stage_since = CASE WHEN customer_scores.lifecycle_stage = excluded.lifecycle_stage
                         THEN customer_scores.stage_since ELSE excluded.stage_since END,
      scored_at = excluded.scored_at`.execute(db);

/** Buyers' rows from parallel arrays (one per column, index i = customer i), unnested in SQL. */
export const buyerRows = (
  c: {
    ids: string[];
    oldStage: (string | null)[];
    purchaseDays: number[];
    firstOn: string[];
    lastOn: string[];
    months: string[];
    churn: string[];
    historyDays: string[];
    historyCents: string[];
  } & ScoreColumns,
) => sql`
  SELECT customer_id, old_stage, purchase_days, first_purchase_on, last_purchase_on,
         to_char(first_purchase_on, 'YYYY-MM') AS cohort, months, churn, history_days, history_cents,
         recency_days, rfm_r, rfm_f, rfm_m, rfm_code, rfm_segment, value_tier, p_alive, expected_purchases,
         predicted_clv_cents, historical_clv_cents, value_at_risk_cents, lifecycle_stage
  FROM unnest(
    ${c.ids}::uuid[], ${c.oldStage}::text[], ${c.purchaseDays}::int[], ${c.firstOn}::date[], ${c.lastOn}::date[],
    ${c.months}::text[], ${c.churn}::text[], ${c.historyDays}::text[], ${c.historyCents}::text[],
    ${c.recencyDays}::int[], ${c.r}::smallint[], ${c.f}::smallint[], ${c.m}::smallint[], ${c.code}::text[],
    ${c.segment}::text[], ${c.tier}::text[], ${c.pAlive}::float8[], ${c.expectedPurchases}::float8[],
    ${c.predictedClvCents}::bigint[], ${c.historicalClvCents}::bigint[], ${c.valueAtRiskCents}::bigint[],
    ${c.stage}::text[]
  ) AS t(customer_id, old_stage, purchase_days, first_purchase_on, last_purchase_on, months, churn,
         history_days, history_cents, recency_days, rfm_r, rfm_f, rfm_m, rfm_code, rfm_segment, value_tier,
         p_alive, expected_purchases, predicted_clv_cents, historical_clv_cents, value_at_risk_cents,
         lifecycle_stage)`;

/** Prospects' rows: no purchases, no purchase scores (any they had are cleared), stage prospect. */
export const prospectRows = (ids: string[], oldStage: (string | null)[]) => sql`
  SELECT customer_id, old_stage, 0 AS purchase_days, NULL::date AS first_purchase_on,
         NULL::date AS last_purchase_on, NULL::text AS cohort, '' AS months, '' AS churn,
         '{}' AS history_days, '{}' AS history_cents, NULL::int AS recency_days,
         NULL::smallint AS rfm_r, NULL::smallint AS rfm_f, NULL::smallint AS rfm_m, NULL::text AS rfm_code,
         NULL::text AS rfm_segment, NULL::text AS value_tier, NULL::float8 AS p_alive,
         NULL::float8 AS expected_purchases, NULL::bigint AS predicted_clv_cents,
         0::bigint AS historical_clv_cents, NULL::bigint AS value_at_risk_cents, 'prospect' AS lifecycle_stage
  FROM unnest(${ids}::uuid[], ${oldStage}::text[]) AS t(customer_id, old_stage)`;

/** Drops the scores of customers who left the table (bin, merge) since the last refresh. */
export const deleteStaleScores = (db: Kysely<DB>, orgId: string, at: Date) =>
  sql`DELETE FROM customer_scores WHERE org_id = ${orgId} AND scored_at < ${at}`.execute(db);
