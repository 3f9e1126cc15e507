import { fitBgNbd, type BgNbdParams } from '../../../../shared/analytics/bgnbd';
import { fitQuality, type FitQualityRow } from '../../../../shared/analytics/fit-quality';
import {
  fitGammaGamma,
  spendIndependence,
  type GammaGammaParams,
  type IndependenceCheck,
} from '../../../../shared/analytics/gamma-gamma';
import { formatDay } from '../../../../shared/analytics/day-number';
import type { ModelFit } from '../../../../shared/analytics/model-fit';
import { toColumns, type Rfmt } from '../../../../shared/analytics/summary-columns';
import type { Summaries } from './summaries';

/** The models' time unit, in days: weeks, as in the BG/NBD paper and `kehu analytics fit`. */
export const DAYS_PER_UNIT = 7;

export type FitQualityResult = {
  calibrationEnd: string;
  holdoutDays: number;
  rows: FitQualityRow[];
  reason: string | null;
};

export type ModelResults = {
  bgnbd: ModelFit<BgNbdParams>;
  gammaGamma: ModelFit<GammaGammaParams>;
  independence: IndependenceCheck | null;
  fitQuality: FitQualityResult;
  repeatCustomers: number;
  warnings: string[];
};

/** (x, t_x, T) of customer i as of `endDay`, in weeks. */
export const rfmtOf = (s: Summaries, i: number, endDay: number): Rfmt => ({
  x: s.purchaseDays[i]! - 1,
  tx: (s.lastDay[i]! - s.firstDay[i]!) / DAYS_PER_UNIT,
  T: (endDay - s.firstDay[i]!) / DAYS_PER_UNIT,
});

/** Mean spend per repeat purchase day (minor units); 0 without repeats. */
export const repeatMean = (s: Summaries, i: number) =>
  s.purchaseDays[i]! > 1 ? s.repeatCents[i]! / (s.purchaseDays[i]! - 1) : 0;

/**
 * The calibration/holdout check: the model refitted on purchases up to `holdoutDays` before the
 * refresh day, and its predictions for the holdout compared with what customers then bought.
 */
const checkFit = (s: Summaries, asOfDay: number, holdoutDays: number): FitQualityResult => {
  const end = asOfDay - holdoutDays;
  const result = { calibrationEnd: formatDay(end), holdoutDays, rows: [] as FitQualityRow[] };
  const customers: (Rfmt & { holdoutX: number })[] = [];
  for (let i = 0; i < s.ids.length; i++) {
    if (s.firstDay[i]! > end) continue;
    customers.push({
      x: s.calibrationDays[i]! - 1,
      tx: (s.calibrationLastDay[i]! - s.firstDay[i]!) / DAYS_PER_UNIT,
      T: (end - s.firstDay[i]!) / DAYS_PER_UNIT,
      holdoutX: s.holdoutDays[i]!,
    });
  }
  if (customers.length === 0)
    return {
      ...result,
      reason: `no customer bought before ${formatDay(end)}, so there is no calibration period ${holdoutDays} days before the last refresh`,
    };
  const fit = fitBgNbd(toColumns(customers));
  if (!fit.ok) return { ...result, reason: `on the calibration period, ${fit.reason}` };
  return { ...result, rows: fitQuality(fit.params, customers, holdoutDays / DAYS_PER_UNIT), reason: null };
};

/**
 * Fits BG/NBD (purchase days up to `asOfDay`) and Gamma-Gamma (mean spend of repeat purchase
 * days, minor units) with the shared maths, checks Gamma-Gamma's independence assumption and
 * the fit against a holdout. A model that cannot be fitted carries its reason, never numbers.
 */
export const fitModels = (s: Summaries, asOfDay: number, holdoutDays: number): ModelResults => {
  const warnings: string[] = [];
  const rfmt = s.ids.map((_, i) => rfmtOf(s, i, asOfDay));
  const bgnbd: ModelFit<BgNbdParams> =
    s.ids.length > 0
      ? fitBgNbd(toColumns(rfmt))
      : { ok: false, reason: 'cannot fit the BG/NBD model: nobody has bought anything yet' };
  const spend = rfmt.flatMap((c, i) => (c.x > 0 ? [{ x: c.x, zbar: repeatMean(s, i) }] : []));
  const zeroSpend = spend.filter((c) => c.zbar <= 0).length;
  if (zeroSpend > 0)
    warnings.push(
      `left out of the Gamma-Gamma fit: ${zeroSpend} customers with repeat purchases but zero spend`,
    );
  let gammaGamma = fitGammaGamma(spend);
  if (gammaGamma.ok && gammaGamma.params.q <= 1)
    gammaGamma = {
      ok: false,
      reason: `cannot use the Gamma-Gamma model: q = ${gammaGamma.params.q.toFixed(3)} ≤ 1, so the mean spend per purchase is infinite`,
    };
  const independence = spend.length - zeroSpend >= 2 ? spendIndependence(spend) : null;
  if (independence?.warning) warnings.push(independence.warning);
  return {
    bgnbd,
    gammaGamma,
    independence,
    fitQuality: checkFit(s, asOfDay, holdoutDays),
    repeatCustomers: spend.length,
    warnings,
  };
};
