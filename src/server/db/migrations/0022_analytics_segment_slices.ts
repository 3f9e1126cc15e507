import { sql, type Kysely } from 'kysely';

/**
 * Segments in the precomputed dashboard. The refresh tallies each saved segment's customers per
 * slice (owner × team × channel) too, so a dashboard filtered by a segment sums a few stored
 * rows, as the other filters do, instead of tallying the segment's customers on every request.
 * - `analytics_slices.segment_id`: null for the slices of the whole organisation; else the
 *   slice holds only that segment's customers of that owner, team and channel.
 * - `analytics_segments`: the segments the last refresh precomputed and the filter each had
 *   then; a segment edited since (or created since) is computed on the fly until the next one.
 * - `analytics_top_customers`: per slice, the customers at the top of the dashboard's lists
 *   (most value at risk; churned customers worth most), as many as the longest list shows, so
 *   a viewer's list is the top of their slices' candidates rather than a walk down the whole
 *   organisation's index in search of the few they may see.
 * Organisations already scored get a refresh queued, so their lists and segments are
 * precomputed now rather than at night.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE analytics_slices ADD COLUMN segment_id uuid;
    CREATE INDEX analytics_slices_segment ON analytics_slices (org_id, segment_id);

    CREATE TABLE analytics_segments (
      org_id uuid NOT NULL REFERENCES orgs(id),
      segment_id uuid NOT NULL,
      filter jsonb NOT NULL,
      PRIMARY KEY (org_id, segment_id)
    );

    CREATE TABLE analytics_top_customers (
      org_id uuid NOT NULL REFERENCES orgs(id),
      slice_no int NOT NULL,
      list text NOT NULL,
      customer_id uuid NOT NULL,
      value_cents bigint NOT NULL,
      PRIMARY KEY (org_id, slice_no, list, customer_id)
    );

    INSERT INTO jobs (id, org_id, type, payload)
    SELECT gen_random_uuid(), org_id, 'analytics.refresh', jsonb_build_object('orgId', org_id)
    FROM (SELECT DISTINCT org_id FROM analytics_model_runs WHERE status = 'succeeded') scored;
  `.execute(db);
};
