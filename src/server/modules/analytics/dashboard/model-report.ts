import type { Kysely } from 'kysely';
import { fitNoteText, type FitNote } from '../../../../shared/analytics/fit-notes';
import { FitNoteSchema } from '../../../../shared/contracts/analytics';
import type { DB } from '../../../db/schema';
import type { FitQualityResult } from '../refresh/fit-models';
import type { ModelRunRow } from '../refresh/model-runs.queries';

type Fitted = {
  ok: boolean;
  reason: string | null;
  note?: unknown;
  params: Record<string, number> | null;
  standardErrors: Record<string, number> | null;
  logLik: number | null;
  customers: number | null;
};

/** The organisation's latest refresh attempt, finished or not. */
const latestAttempt = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('analytics_model_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** A stored note, or null for runs recorded before notes existed (or with a code this version does not know). */
const noteOf = (stored: unknown) => {
  const parsed = FitNoteSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
};

const fittedOf = <F extends Fitted>(f: F | null) => f && { ...f, note: noteOf(f.note) };

/** Warnings are stored as { message, note }, or as plain English (older runs; the scorer's). */
const warningOf = (w: unknown) =>
  typeof w === 'string'
    ? { message: w, note: null }
    : { message: String((w as { message: unknown }).message), note: noteOf((w as { note: unknown }).note) };

const toRun = (r: ModelRunRow) => ({
  asOf: r.as_of,
  startedAt: r.started_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
  status: r.status,
  customers: r.customers,
  buyers: r.buyers,
  repeatCustomers: r.repeat_customers,
  timeUnit: 'week' as const,
  bgnbd: fittedOf(r.bgnbd as Fitted | null),
  gammaGamma: fittedOf(r.gamma_gamma as (Fitted & { independence: number | null }) | null),
  warnings: (r.warnings as unknown[]).map(warningOf),
  timingsMs: r.timings,
  error: r.error,
});

/**
 * The fitted BG/NBD (r, α in weeks, a, b) and Gamma-Gamma (p, q, γ in minor units) parameters
 * with standard errors and log-likelihoods — or why a model could not be fitted — with the
 * warnings and timings of the latest refresh (running or failed ones included).
 */
export const modelReport = async (db: Kysely<DB>, orgId: string) => {
  const run = await latestAttempt(db, orgId);
  return { run: run ? toRun(run) : null };
};

/** Predicted against actual holdout purchases by calibration frequency (BG/NBD paper, fig. 4). */
export const fitQualityReport = (run: ModelRunRow | undefined) => {
  const fq = run?.fit_quality as Partial<FitQualityResult> | null | undefined;
  const noRefresh: FitNote = { code: 'no_refresh', params: {} };
  return {
    asOf: run?.as_of ?? null,
    calibrationEnd: fq?.calibrationEnd ?? null,
    holdoutDays: fq?.holdoutDays ?? null,
    reason: run ? (fq?.reason ?? null) : fitNoteText(noRefresh),
    note: run ? noteOf(fq?.note) : noRefresh,
    rows: fq?.rows ?? [],
  };
};
