import { probabilityAlive, conditionalExpectedPurchases } from '../../../../shared/analytics/bgnbd-predict';
import { historicalClv, predictedClv, type ClvOptions } from '../../../../shared/analytics/clv';
import { formatDay } from '../../../../shared/analytics/day-number';
import { fitWarning, type FitWarning } from '../../../../shared/analytics/fit-notes';
import { conditionalExpectedSpend } from '../../../../shared/analytics/gamma-gamma';
import { scoreRfm } from '../../../../shared/analytics/rfm';
import type { AnalyticsSettings } from '../../../../shared/contracts/analytics';
import type { Summaries } from './summaries';
import { DAYS_PER_UNIT, repeatMean, rfmtOf, type ModelResults } from './fit-models';
import { lifecycleStageOf } from './lifecycle-stage';

/** One array per scores column, index i = customer i of the summaries. */
export type ScoreColumns = {
  recencyDays: number[];
  r: number[];
  f: number[];
  m: number[];
  code: string[];
  segment: (string | null)[];
  tier: string[];
  pAlive: (number | null)[];
  expectedPurchases: (number | null)[];
  predictedClvCents: (number | null)[];
  historicalClvCents: number[];
  valueAtRiskCents: (number | null)[];
  stage: string[];
};

type Prediction = { pAlive: number; expected: number; discountedPurchases: number } | null;

const DAYS_PER_MONTH = 365.25 / 12;

/** CLV options of the settings: monthly periods over the horizon, the yearly rate applied monthly. */
export const clvOptions = ({ clv }: AnalyticsSettings): ClvOptions => ({
  periods: clv.horizonMonths,
  periodLength: DAYS_PER_MONTH / DAYS_PER_UNIT,
  discountRate: Math.pow(1 + clv.annualDiscountRate, 1 / 12) - 1,
  margin: clv.margin,
});

const emptyColumns = (): ScoreColumns => ({
  recencyDays: [],
  r: [],
  f: [],
  m: [],
  code: [],
  segment: [],
  tier: [],
  pAlive: [],
  expectedPurchases: [],
  predictedClvCents: [],
  historicalClvCents: [],
  valueAtRiskCents: [],
  stage: [],
});

/**
 * Scores every buyer with the shared maths: RFM quintiles, segment and tier; P(alive),
 * expected purchases over the CLV horizon and predicted CLV where the models are fitted;
 * historical CLV, value at risk = (1 − P(alive)) × predicted CLV, and the lifecycle stage.
 * BG/NBD predictions depend on (x, t_x, T) only, so each distinct history is predicted once.
 * The RFM ranks are computed at once; the rest customer by customer as `scoreUpTo` asks, so
 * the scores of one batch can be written while the next is scored.
 */
export const createScorer = (
  s: Summaries,
  models: ModelResults,
  settings: AnalyticsSettings,
  asOfDay: number,
) => {
  const rfm = scoreRfm(
    s.ids.map((customerId, i) => ({
      customerId,
      recencyDays: asOfDay - s.lastDay[i]!,
      frequency: s.purchaseDays[i]!,
      monetary: s.totalCents[i]!,
    })),
    settings.rfm,
  );
  const options = clvOptions(settings);
  const horizon = options.periods * options.periodLength;
  const cache = new Map<string, Prediction>();
  let unconverged = 0;
  const predict = (i: number): Prediction => {
    if (!models.bgnbd.ok) return null;
    const c = rfmtOf(s, i, asOfDay);
    const key = `${c.x}|${c.tx}|${c.T}`;
    if (cache.has(key)) return cache.get(key)!;
    let p: Prediction;
    try {
      const params = models.bgnbd.params;
      p = {
        pAlive: probabilityAlive(params, c.x, c.tx, c.T),
        expected: conditionalExpectedPurchases(params, horizon, c.x, c.tx, c.T),
        discountedPurchases: predictedClv(params, c, 1, options),
      };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      unconverged++;
      p = null;
    }
    cache.set(key, p);
    return p;
  };
  const columns = emptyColumns();
  return {
    columns: columns as Readonly<ScoreColumns>,
    /** Scores the customers up to index `n` (exclusive) not scored yet. */
    scoreUpTo(n: number) {
      for (let i = columns.r.length; i < n; i++) {
        const score = rfm[i]!;
        const p = predict(i);
        const spend = models.gammaGamma.ok
          ? conditionalExpectedSpend(models.gammaGamma.params, s.purchaseDays[i]! - 1, repeatMean(s, i))
          : null;
        const clv = p && spend !== null ? Math.round(p.discountedPurchases * spend) : null;
        columns.recencyDays.push(asOfDay - s.lastDay[i]!);
        columns.r.push(score.r);
        columns.f.push(score.f);
        columns.m.push(score.m);
        columns.code.push(score.code);
        columns.segment.push(score.segment);
        columns.tier.push(score.tier);
        columns.pAlive.push(p?.pAlive ?? null);
        columns.expectedPurchases.push(p?.expected ?? null);
        columns.predictedClvCents.push(clv);
        columns.historicalClvCents.push(Math.round(historicalClv([s.totalCents[i]!], settings.clv.margin)));
        columns.valueAtRiskCents.push(clv !== null && p ? Math.round((1 - p.pAlive) * clv) : null);
        columns.stage.push(
          lifecycleStageOf(
            {
              purchaseDays: s.purchaseDays[i]!,
              firstDay: s.firstDay[i]!,
              lastDay: s.lastDay[i]!,
              lastReturnDay: s.lastReturnDay[i]!,
              pAlive: p?.pAlive ?? null,
            },
            asOfDay,
            settings,
          ),
        );
      }
    },
    warnings: (): FitWarning[] =>
      unconverged > 0
        ? [
            fitWarning({
              code: 'no_prediction',
              params: {
                customers: unconverged,
                horizonMonths: settings.clv.horizonMonths,
                asOf: formatDay(asOfDay),
              },
            }),
          ]
        : [],
  };
};

export type Scorer = ReturnType<typeof createScorer>;
