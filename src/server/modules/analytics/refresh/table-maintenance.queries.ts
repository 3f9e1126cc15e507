import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/**
 * Every refresh rewrites every score, leaving a table's worth of old row versions behind. Where
 * no autovacuum runs (PGlite; servers that turned it off) they are never cleared, and the table
 * and its indexes grow without end: clear them. The refresh calls this while it fits the models,
 * so the database works while this process computes.
 */
export const vacuumScoreTables = async (db: Kysely<DB>) => {
  const { rows } = await sql<{ running: boolean }>`
    SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum launcher') AS running`.execute(
    db,
  );
  if (!rows[0]?.running) await sql`VACUUM customer_scores, customer_stage_history`.execute(db);
};

/**
 * Fresh planner statistics when the scores have never been analysed or their number moved by
 * more than a tenth (the first refresh, a big import): the at-risk list reads an index only
 * when the planner knows the table is big. Otherwise the last statistics still hold, and an
 * ANALYZE would cost a second for nothing.
 */
export const analyzeScoreTables = async (db: Kysely<DB>, changedRows: number) => {
  const { rows } = await sql<{ reltuples: number }>`
    SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'customer_scores'::regclass`.execute(db);
  const known = rows[0]?.reltuples ?? -1;
  if (known < 0 || changedRows > 0.1 * Math.max(known, 1))
    await sql`ANALYZE customer_scores, customer_stage_history`.execute(db);
};
