import { sql, type Kysely } from 'kysely';

/**
 * Segments in the precomputed dashboard. The refresh tallies each saved segment's customers per
 * slice (owner × team × channel) too, so a dashboard filtered by a segment sums a few stored
 * rows, as the other filters do, instead of tallying the segment's customers on every request.
 * - `analytics_slices.segment_id`: null for the slices of the whole organisation; else the
 *   slice holds only that segment's customers of that owner, team and channel.
 * - `analytics_segments`: the segments the last refresh precomputed and the filter each had
 *   then; a segment edited since (or created since) is computed on the fly until the next one.
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
  `.execute(db);
};
