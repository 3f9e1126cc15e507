import { sql, type Kysely, type Selectable } from 'kysely';
import type { AnalyticsModelRunsTable } from '../../../db/schema-analytics';
import type { DB } from '../../../db/schema';
import type { FitWarning } from '../../../../shared/analytics/fit-notes';

export type ModelRunRow = Selectable<AnalyticsModelRunsTable>;

/** A refresh whose heartbeat is older than this has died (crash, kill); another may take over. */
const STALE_MINUTES = 10;

/**
 * Claims the organisation's refresh: inserts a `running` run, unless another is running and
 * alive (then returns null). A dead run is marked failed first.
 */
export const startRun = async (
  db: Kysely<DB>,
  run: { orgId: string; id: string; jobId: string | null; asOf: string; settings: unknown },
): Promise<boolean> => {
  await sql`
    UPDATE analytics_model_runs SET status = 'failed', finished_at = now(),
      error = 'stopped without finishing (the process ended)'
    WHERE org_id = ${run.orgId} AND status = 'running'
      AND heartbeat_at < now() - make_interval(mins => ${STALE_MINUTES})`.execute(db);
  const inserted = await db
    .insertInto('analytics_model_runs')
    .values({
      org_id: run.orgId,
      id: run.id,
      status: 'running',
      job_id: run.jobId,
      as_of: run.asOf,
      settings: JSON.stringify(run.settings),
    })
    .onConflict((oc) => oc.column('org_id').where('status', '=', 'running').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
};

export const heartbeat = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .updateTable('analytics_model_runs')
    .set({ heartbeat_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();

export type RunOutcome = {
  customers: number;
  buyers: number;
  repeatCustomers: number;
  averageClvCents: number | null;
  bgnbd: unknown;
  gammaGamma: unknown;
  fitQuality: unknown;
  clvBuckets: number[];
  /** Each warning in English and as a note for translation. */
  warnings: FitWarning[];
  timings: Record<string, number>;
};

export const finishRun = (db: Kysely<DB>, orgId: string, id: string, o: RunOutcome) =>
  db
    .updateTable('analytics_model_runs')
    .set({
      status: 'succeeded',
      finished_at: sql`now()`,
      customers: o.customers,
      buyers: o.buyers,
      repeat_customers: o.repeatCustomers,
      average_clv_cents: o.averageClvCents,
      bgnbd: JSON.stringify(o.bgnbd),
      gamma_gamma: JSON.stringify(o.gammaGamma),
      fit_quality: JSON.stringify(o.fitQuality),
      clv_buckets: JSON.stringify(o.clvBuckets),
      warnings: JSON.stringify(o.warnings),
      timings: JSON.stringify(o.timings),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();

export const failRun = (db: Kysely<DB>, orgId: string, id: string, error: string) =>
  db
    .updateTable('analytics_model_runs')
    .set({ status: 'failed', finished_at: sql`now()`, error: error.slice(0, 2000) })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();

/** The latest finished (succeeded) run, whose figures the dashboard shows. */
export const latestRun = (db: Kysely<DB>, orgId: string): Promise<ModelRunRow | undefined> =>
  db
    .selectFrom('analytics_model_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'succeeded')
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** The latest succeeded run as of `day` or earlier (the previous period's average CLV). */
export const runAsOf = (db: Kysely<DB>, orgId: string, day: string): Promise<ModelRunRow | undefined> =>
  db
    .selectFrom('analytics_model_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'succeeded')
    .where('as_of', '<=', day)
    .orderBy('as_of', 'desc')
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
