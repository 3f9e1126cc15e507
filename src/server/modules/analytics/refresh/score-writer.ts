import type { Kysely } from 'kysely';
import { formatDay } from '../../../../shared/analytics/day-number';
import type { DB } from '../../../db/schema';
import type { Scorer } from './score-customers';
import type { Prospects, Summaries } from './summaries';
import { buyerRows, prospectRows, writeScores } from './write-scores.queries';
import { runPipelined } from './pipeline';

/** Rows per statement: large enough to amortise the round trip, small enough to keep each turn short on PGlite. */
export const WRITE_BATCH = 5_000;

/**
 * Scores and writes the buyers `WRITE_BATCH` at a time, as arrays unnested in SQL (never row by
 * row); `onBatch` gets the number written so far.
 */
export const writeBuyerScores = (
  db: Kysely<DB>,
  orgId: string,
  at: Date,
  s: Summaries,
  scorer: Scorer,
  onBatch: (written: number) => Promise<void>,
) => {
  const end = (i: number) => Math.min(s.ids.length, (i + 1) * WRITE_BATCH);
  return runPipelined(
    Math.ceil(s.ids.length / WRITE_BATCH),
    (i) => {
      const [from, to] = [i * WRITE_BATCH, end(i)];
      scorer.scoreUpTo(to);
      const part = <T>(column: readonly T[]) => column.slice(from, to);
      const c = scorer.columns;
      const rows = buyerRows({
        ids: part(s.ids),
        oldStage: part(s.oldStage),
        purchaseDays: part(s.purchaseDays),
        firstOn: part(s.firstDay).map(formatDay),
        lastOn: part(s.lastDay).map(formatDay),
        months: part(s.months),
        churn: part(s.churnPeriods),
        historyDays: part(s.historyDays),
        historyCents: part(s.historyCents),
        recencyDays: part(c.recencyDays),
        r: part(c.r),
        f: part(c.f),
        m: part(c.m),
        code: part(c.code),
        segment: part(c.segment),
        tier: part(c.tier),
        pAlive: part(c.pAlive),
        expectedPurchases: part(c.expectedPurchases),
        predictedClvCents: part(c.predictedClvCents),
        historicalClvCents: part(c.historicalClvCents),
        valueAtRiskCents: part(c.valueAtRiskCents),
        stage: part(c.stage),
      });
      return () => writeScores(db, orgId, at, rows);
    },
    (i) => onBatch(end(i)),
  );
};

/** Writes the prospects' scores `WRITE_BATCH` at a time, clearing any purchase scores they had. */
export const writeProspectScores = (db: Kysely<DB>, orgId: string, at: Date, p: Prospects) =>
  runPipelined(
    Math.ceil(p.ids.length / WRITE_BATCH),
    (i) => {
      const [from, to] = [i * WRITE_BATCH, (i + 1) * WRITE_BATCH];
      const rows = prospectRows(p.ids.slice(from, to), p.oldStage.slice(from, to));
      return () => writeScores(db, orgId, at, rows);
    },
    async () => undefined,
  );
