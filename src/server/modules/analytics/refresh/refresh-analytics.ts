import type { Kysely } from 'kysely';
import { parseDay } from '../../../../shared/analytics/day-number';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../../db/schema';
import { newId } from '../../../platform/ids';
import { readSettings } from '../settings/analytics-settings.queries';
import { allKpiWindows } from '../dashboard/kpi-windows';
import { clvBucketEdges } from './clv-buckets';
import { fitModelsInWorker } from './fit-in-worker';
import { fitSummary } from './fit-summary';
import { failRun, finishRun, heartbeat, startRun } from './model-runs.queries';
import { precomputeDashboard } from './precompute-dashboard';
import { createScorer } from './score-customers';
import { writeBuyerScores, writeProspectScores } from './score-writer';
import { readSegmentMembers } from './segment-members.queries';
import { summariseCustomers } from './summarise-customers';
import { analyzeScoreTables, vacuumScoreTables } from './table-maintenance.queries';
import { deleteStaleScores } from './write-scores.queries';
import { yieldToEventLoop } from './yield';

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

/** Customers the last refresh had not scored (no old stage). */
const newlyScored = (oldStages: readonly (string | null)[]) => {
  let n = 0;
  for (const stage of oldStages) if (stage === null) n++;
  return n;
};

/** Today in the time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

/**
 * Scores every customer of the organisation and precomputes its dashboard (the
 * `analytics.refresh` job and `kehu analytics refresh`): customers read a range at a time with
 * their purchase days (aggregated from the orders in SQL) while the previous range is
 * summarised, each counted into its slice's dashboard tallies; models fitted and customers
 * scored in TypeScript with the shared maths; scores written back in batches, each built while
 * the one before is written; dashboard tables replaced, for the whole organisation and each
 * slice. Idempotent; a second refresh of the same organisation while one runs is skipped.
 * Throws NOT_FOUND for an unknown organisation; a failed refresh is recorded on its run and
 * rethrown.
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
    // One pass over every customer feeds the models, the scores and the dashboard.
    const options = {
      asOfDay,
      calibrationEndDay: asOfDay - settings.fitQuality.holdoutDays,
      churnDays: settings.churn.inactiveDays,
    };
    const windows = allKpiWindows(asOf);
    let reported = performance.now();
    const { summaries, prospects, slices } = await summariseCustomers(
      db,
      { orgId, asOf, timeZone: org.time_zone },
      options,
      windows,
      async (n) => {
        if (performance.now() - reported < 1000) return;
        reported = performance.now();
        await heartbeat(db, orgId, runId);
        await opts.progress?.(10, `summarised ${n} customers`);
      },
    );
    await step('summaries', 20, `fitting models on ${summaries.ids.length} customers`);
    const vacuumed = vacuumScoreTables(db);
    vacuumed.catch(() => undefined); // awaited below, after the fits it runs alongside
    await yieldToEventLoop();
    const models = await fitModelsInWorker(summaries, asOfDay, settings.fitQuality.holdoutDays, {
      signal: opts.signal,
      whileWaiting: () => heartbeat(db, orgId, runId),
    });
    await step('models', 33, 'tidying the scores tables');
    await vacuumed;
    await step('vacuum', 35, 'scoring customers');
    const scorer = createScorer(summaries, models, settings, asOfDay);
    await step('scores', 40, 'writing scores');
    const at = new Date();
    const total = summaries.ids.length;
    await writeBuyerScores(db, orgId, at, summaries, scorer, async (n) => {
      await heartbeat(db, orgId, runId);
      await opts.progress?.(40 + Math.round((40 * n) / Math.max(total, 1)), `wrote ${n} of ${total} scores`);
    });
    await step('writeBuyers', 80, 'scoring prospects');
    await writeProspectScores(db, orgId, at, prospects);
    const stale = await deleteStaleScores(db, orgId, at);
    await step('writeProspects', 82, 'updating statistics');
    const added = newlyScored(summaries.oldStage) + newlyScored(prospects.oldStage);
    await analyzeScoreTables(db, added + Number(stale.numAffectedRows ?? 0));
    await step('analyze', 85, 'selecting the segments');
    const segments = await readSegmentMembers(db, orgId);
    await step('segments', 88, 'precomputing the dashboard');
    const clv = scorer.columns.predictedClvCents.filter((v): v is number => v !== null);
    const clvBuckets = clvBucketEdges(clv);
    await precomputeDashboard(db, {
      orgId,
      asOf,
      timeZone: org.time_zone,
      windows,
      summaries,
      prospects,
      columns: scorer.columns,
      clvEdges: clvBuckets,
      slices,
      segments,
    });
    await step('dashboard', 100, 'done');
    const customers = total + prospects.ids.length;
    await finishRun(db, orgId, runId, {
      customers,
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
      warnings: [...models.warnings, ...scorer.warnings()],
      timings,
    });
    return {
      status: 'done',
      runId,
      asOf,
      customers,
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
