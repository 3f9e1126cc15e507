import { sql, type Kysely } from 'kysely';

/**
 * The dashboard's precomputed figures per slice of customers — those sharing an owner, a team
 * and a preferred channel at the last refresh — so that a viewer who sees only some customers
 * (their own, their team's) or filters by owner or channel reads the sums of a few stored rows
 * instead of tallying thousands of customers on the fly.
 * - `analytics_slices`: the organisation's slices (numbered 1…), with what the average CLV card
 *   needs of each.
 * - `slice_no` on the four precomputed tables of 0019: 0 is the whole organisation, as before.
 * - `analytics_transitions`: lifecycle stage changes per slice in the last 30, 90 and 365 days.
 * The refresh replaces all of them in one transaction, so slice numbers and figures always match.
 *
 * And no planner statistics for the purchase histories stored with the scores: nothing filters
 * on them, and their element statistics made every refresh's ANALYZE take seconds.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE customer_scores ALTER COLUMN history_days SET STATISTICS 0,
      ALTER COLUMN history_cents SET STATISTICS 0;

    CREATE TABLE analytics_slices (
      org_id uuid NOT NULL REFERENCES orgs(id),
      slice_no int NOT NULL CHECK (slice_no > 0),
      owner_id uuid,
      team_id uuid,
      preferred_channel text,
      clv_customers int NOT NULL,
      clv_sum_cents bigint NOT NULL,
      PRIMARY KEY (org_id, slice_no)
    );

    ALTER TABLE analytics_periods ADD COLUMN slice_no int NOT NULL DEFAULT 0;
    ALTER TABLE analytics_periods DROP CONSTRAINT analytics_periods_pkey,
      ADD PRIMARY KEY (org_id, slice_no, period, start);
    ALTER TABLE analytics_windows ADD COLUMN slice_no int NOT NULL DEFAULT 0;
    ALTER TABLE analytics_windows DROP CONSTRAINT analytics_windows_pkey,
      ADD PRIMARY KEY (org_id, slice_no, days, previous);
    ALTER TABLE analytics_cohorts ADD COLUMN slice_no int NOT NULL DEFAULT 0;
    ALTER TABLE analytics_cohorts DROP CONSTRAINT analytics_cohorts_pkey,
      ADD PRIMARY KEY (org_id, slice_no, cohort, month_offset);
    ALTER TABLE analytics_breakdowns ADD COLUMN slice_no int NOT NULL DEFAULT 0;
    ALTER TABLE analytics_breakdowns DROP CONSTRAINT analytics_breakdowns_pkey,
      ADD PRIMARY KEY (org_id, slice_no, chart, key);

    CREATE TABLE analytics_transitions (
      org_id uuid NOT NULL REFERENCES orgs(id),
      slice_no int NOT NULL,
      days int NOT NULL,
      from_stage text NOT NULL,
      to_stage text NOT NULL,
      customers int NOT NULL,
      PRIMARY KEY (org_id, slice_no, days, from_stage, to_stage)
    );
  `.execute(db);
};
