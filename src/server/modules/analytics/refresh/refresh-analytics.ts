import { sql, type Kysely } from 'kysely';
import { parseDay } from '../../../../shared/analytics/day-number';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { newId } from '../../../platform/ids';
import { readSettings } from '../settings/analytics-settings.queries';
import { clvBucketEdges } from './clv-buckets';
import { fitModels } from './fit-models';
import { failRun, finishRun, heartbeat, startRun } from './model-runs.queries';
import { storeDashboard } from './precompute.queries';
import { scoreCustomers } from './score-customers';
import { deleteStaleScores, writeBuyerScores, writeProspectScores } from './write-scores.queries';
import { fitSummary } from './fit-summary';
import { addSummary, emptySummaries } from './summaries';
import { allKpiWindows, dayWindow } from '../dashboard/kpi-windows';
import { streamOrgCustomerDays } from '../tally/customer-days.queries';
import { createDashboardTally } from '../tally/dashboard-tally';

export type RefreshOptions = {
  /** The day to score as of (YYYY-MM-DD); default today in the organisation's time zone. */
  asOf?: string;
  jobId?: string | null;
  /** Percent done (0–100) and what is happening. */
  progress?: (percent: number, message: string) => Promise<void>;
  signal?: AbortSignal;
};

export type RefreshResult =
  | {
      status: 'done';
      runId: string;
      asOf: string;
      customers: number;
      buyers: number;
      bgnbd: string;
      gammaGamma: string;
      timingsMs: Record<string, number>;
    }
  | { status: 'skipped'; reason: string };

/** Today in the time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

/**
 * Scores every customer of the organisation and precomputes its dashboard (the
 * `analytics.refresh` job and `kehu analytics refresh`): purchase days aggregated from the
 * orders in SQL and read in customer order, one pass summarising each buyer and tallying the
 * dashboard;
 * models fitted and customers scored in TypeScript with the shared maths; scores written back
 * in batches; dashboard tables replaced. Idempotent; a second
 * refresh of the same organisation while one runs is skipped. Throws NOT_FOUND for an unknown
 * organisation; a failed refresh is recorded on its run and rethrown.
 */
export const refreshAnalytics = async (
  db: Kysely<DB>,
  orgId: string,
  opts: RefreshOptions = {},
): Promise<RefreshResult> => {
  const org = await db.selectFrom('orgs').select('time_zone').where('id', '=', orgId).executeTakeFirst();
  if (!org) throw new AppError('NOT_FOUND', `Organisation ${orgId} not found`);
  const asOf = opts.asOf ?? todayIn(org.time_zone);
  const asOfDay = parseDay(asOf);
  if (asOfDay === null) throw new AppError('INVALID_INPUT', `${asOf} is not a date (YYYY-MM-DD)`);
  const { settings } = await readSettings(db, orgId);
  const runId = newId();
  if (!(await startRun(db, { orgId, id: runId, jobId: opts.jobId ?? null, asOf, settings })))
    return { status: 'skipped', reason: 'another refresh of this organisation is running' };

  const timings: Record<string, number> = {};
  let clock = performance.now();
  const step = async (name: string, percent: number, message: string) => {
    if (opts.signal?.aborted) throw new Error('the refresh was stopped (server shutting down)');
    timings[name] = Math.round(performance.now() - clock);
    clock = performance.now();
    await heartbeat(db, orgId, runId);
    await opts.progress?.(percent, message);
  };
  try {
    await opts.progress?.(0, 'summarising customers');
    // One pass over every buyer's purchase days feeds both the models and the dashboard.
    const churnDays = settings.churn.inactiveDays;
    const summaries = emptySummaries();
    const options = { asOfDay, calibrationEndDay: asOfDay - settings.fitQuality.holdoutDays, churnDays };
    const tally = createDashboardTally(
      asOfDay,
      churnDays,
      allKpiWindows(asOf).map((w) => dayWindow(w.window)),
    );
    await streamOrgCustomerDays(db, { orgId, asOf, timeZone: org.time_zone }, async (batch) => {
      for (const c of batch) {
        addSummary(summaries, c, options);
        tally.add(c.days, c.amounts);
      }
      await opts.progress?.(10, `summarised ${summaries.ids.length} customers`);
    });
    await step('summaries', 20, `fitting models on ${summaries.ids.length} customers`);
    const models = fitModels(summaries, asOfDay, settings.fitQuality.holdoutDays);
    await step('models', 35, 'scoring customers');
    const { columns, warnings } = scoreCustomers(summaries, models, settings, asOfDay);
    await step('scores', 40, 'writing scores');
    const at = new Date();
    const total = summaries.ids.length;
    await writeBuyerScores(db, orgId, at, summaries, columns, async (n) => {
      await heartbeat(db, orgId, runId);
      await opts.progress?.(40 + Math.round((40 * n) / Math.max(total, 1)), `wrote ${n} of ${total} scores`);
    });
    await step('writeBuyers', 80, 'scoring prospects');
    await writeProspectScores(db, orgId, at, new Set(summaries.ids));
    await deleteStaleScores(db, orgId, at);
    // Fresh statistics for the planner (PGlite has no autovacuum): the at-risk list reads an index only when it knows the table is big.
    await sql`ANALYZE customer_scores, customer_stage_history`.execute(db);
    await step('writeProspects', 85, 'precomputing the dashboard');
    const clv = columns.predictedClvCents.filter((v): v is number => v !== null);
    const clvBuckets = clvBucketEdges(clv);
    await storeDashboard(db, { orgId, asOf, timeZone: org.time_zone, clvEdges: clvBuckets, tally });
    await step('dashboard', 100, 'done');
    const customers = await db
      .selectFrom('customer_scores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow();
    await finishRun(db, orgId, runId, {
      customers: Number(customers.n),
      buyers: total,
      repeatCustomers: models.repeatCustomers,
      averageClvCents: clv.length ? Math.round(clv.reduce((a, b) => a + b, 0) / clv.length) : null,
      bgnbd: fitSummary(models.bgnbd),
      gammaGamma: {
        ...fitSummary(models.gammaGamma),
        independence: models.independence?.correlation ?? null,
      },
      fitQuality: models.fitQuality,
      clvBuckets,
      warnings: [...models.warnings, ...warnings],
      timings,
    });
    return {
      status: 'done',
      runId,
      asOf,
      customers: Number(customers.n),
      buyers: total,
      bgnbd: models.bgnbd.ok ? 'fitted' : models.bgnbd.reason,
      gammaGamma: models.gammaGamma.ok ? 'fitted' : models.gammaGamma.reason,
      timingsMs: timings,
    };
  } catch (error) {
    await failRun(db, orgId, runId, error instanceof Error ? error.message : String(error)).catch(
      () => undefined,
    );
    throw error;
  }
};
