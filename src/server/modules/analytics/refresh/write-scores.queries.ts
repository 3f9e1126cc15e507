import { sql, type Kysely } from 'kysely';
import { formatDay } from '../../../../shared/analytics/day-number';
import type { DB } from '../../../db/schema';
import type { Summaries } from './summaries';
import type { ScoreColumns } from './score-customers';

/** Rows per statement: large enough to amortise the round trip, small enough to keep each turn short on PGlite. */
export const WRITE_BATCH = 5_000;

/**
 * Each statement records the stage changes (old stage ≠ new) in the history and upserts the
 * rows; `stage_since` keeps its old value while the stage is unchanged. Both read the scores as
 * they were before the statement, so history and scores agree.
 */
const historyCte = (orgId: string, at: Date) => sql`
  moved AS (
    INSERT INTO customer_stage_history (org_id, customer_id, changed_at, from_stage, to_stage)
    SELECT ${orgId}, n.customer_id, ${at}, o.lifecycle_stage, n.lifecycle_stage
    FROM n JOIN customer_scores o ON o.org_id = ${orgId} AND o.customer_id = n.customer_id
    WHERE o.lifecycle_stage <> n.lifecycle_stage
    ON CONFLICT DO NOTHING
  )`;

const upsertScores = (orgId: string, at: Date) => sql`
  INSERT INTO customer_scores (org_id, customer_id, purchase_days, first_purchase_on, last_purchase_on, cohort,
    purchase_months, churn_periods, history_days, history_cents, recency_days, rfm_r, rfm_f, rfm_m, rfm_code, rfm_segment, value_tier,
    p_alive, expected_purchases, predicted_clv_cents, historical_clv_cents, value_at_risk_cents,
    lifecycle_stage, stage_since, scored_at)
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
    scored_at = excluded.scored_at`;

const upsertTail = (orgId: string, at: Date) => sql`
  ${historyCte(orgId, at)}
  ${upsertScores(orgId, at)}`;

/** Writes the buyers' scores in batches of `WRITE_BATCH`, as arrays unnested in SQL (never row by row). */
export const writeBuyerScores = async (
  db: Kysely<DB>,
  orgId: string,
  at: Date,
  s: Summaries,
  c: ScoreColumns,
  onBatch: (written: number) => Promise<void>,
) => {
  for (let from = 0; from < s.ids.length; from += WRITE_BATCH) {
    const to = Math.min(s.ids.length, from + WRITE_BATCH);
    const part = <T>(column: readonly T[]) => column.slice(from, to);
    const firstOn = part(s.firstDay).map(formatDay);
    await sql`
      WITH n AS (
        SELECT * FROM unnest(
          ${part(s.ids)}::uuid[], ${part(s.purchaseDays)}::int[], ${firstOn}::date[],
          ${part(s.lastDay).map(formatDay)}::date[], ${firstOn.map((d) => d.slice(0, 7))}::text[],
          ${part(s.months)}::text[], ${part(s.churnPeriods)}::text[], ${part(s.historyDays)}::text[],
          ${part(s.historyCents)}::text[], ${part(c.recencyDays)}::int[],
          ${part(c.r)}::smallint[], ${part(c.f)}::smallint[], ${part(c.m)}::smallint[], ${part(c.code)}::text[],
          ${part(c.segment)}::text[], ${part(c.tier)}::text[], ${part(c.pAlive)}::float8[],
          ${part(c.expectedPurchases)}::float8[], ${part(c.predictedClvCents)}::bigint[],
          ${part(c.historicalClvCents)}::bigint[], ${part(c.valueAtRiskCents)}::bigint[], ${part(c.stage)}::text[]
        ) AS t(customer_id, purchase_days, first_purchase_on, last_purchase_on, cohort, months, churn,
               history_days, history_cents, recency_days, rfm_r, rfm_f, rfm_m, rfm_code, rfm_segment, value_tier, p_alive, expected_purchases,
               predicted_clv_cents, historical_clv_cents, value_at_risk_cents, lifecycle_stage)
      ),
      ${upsertTail(orgId, at)}`.execute(db);
    await onBatch(to);
  }
};

/**
 * Scores the customers who have not bought (prospects): everyone in the table who is not among
 * `buyers`, a batch of customer ids at a time, clearing any purchase scores they had (their
 * orders were cancelled, say). The test is done here rather than as an anti-join, whose plan
 * goes quadratic while the planner's statistics predate the rows this refresh just wrote.
 */
export const writeProspectScores = async (
  db: Kysely<DB>,
  orgId: string,
  at: Date,
  buyers: ReadonlySet<string>,
  batch = 50_000,
) => {
  let after: string | null = null;
  for (;;) {
    const page: { id: string }[] = await db
      .selectFrom('customers')
      .select('id')
      .where('org_id', '=', orgId)
      .where('deleted_at', 'is', null)
      .where('merged_into', 'is', null)
      .$if(after !== null, (q) => q.where('id', '>', after!))
      .orderBy('id')
      .limit(batch)
      .execute();
    const ids = page.map((r) => r.id).filter((id) => !buyers.has(id));
    if (ids.length > 0)
      await sql`
        WITH n AS (
          SELECT customer_id, 0 AS purchase_days, NULL::date AS first_purchase_on, NULL::date AS last_purchase_on,
                 NULL::text AS cohort, '' AS months, '' AS churn, '{}' AS history_days, '{}' AS history_cents,
                 NULL::int AS recency_days,
                 NULL::smallint AS rfm_r, NULL::smallint AS rfm_f, NULL::smallint AS rfm_m, NULL::text AS rfm_code,
                 NULL::text AS rfm_segment, NULL::text AS value_tier, NULL::float8 AS p_alive,
                 NULL::float8 AS expected_purchases, NULL::bigint AS predicted_clv_cents,
                 0::bigint AS historical_clv_cents, NULL::bigint AS value_at_risk_cents, 'prospect' AS lifecycle_stage
          FROM unnest(${ids}::uuid[]) AS customer_id
        ),
        ${upsertTail(orgId, at)}`.execute(db);
    if (page.length < batch) return;
    after = page.at(-1)!.id;
  }
};

/** Drops the scores of customers who left the table (bin, merge) since the last refresh. */
export const deleteStaleScores = (db: Kysely<DB>, orgId: string, at: Date) =>
  sql`DELETE FROM customer_scores WHERE org_id = ${orgId} AND scored_at < ${at}`.execute(db);
