import { fitBgNbd, type BgNbdParams } from '../../../../shared/analytics/bgnbd';
import { fitQuality, type FitQualityRow } from '../../../../shared/analytics/fit-quality';
import {
  fitGammaGamma,
  spendIndependence,
  type GammaGammaParams,
  type IndependenceCheck,
} from '../../../../shared/analytics/gamma-gamma';
import { formatDay } from '../../../../shared/analytics/day-number';
import {
  fitNoteText,
  fitWarning,
  type FitNote,
  type FitWarning,
} from '../../../../shared/analytics/fit-notes';
import { cannotFit, type ModelFit } from '../../../../shared/analytics/model-fit';
import { toColumns, type Rfmt } from '../../../../shared/analytics/summary-columns';

/** The models' time unit, in days: weeks, as in the BG/NBD paper and `kehu analytics fit`. */
export const DAYS_PER_UNIT = 7;

export type FitQualityResult = {
  calibrationEnd: string;
  holdoutDays: number;
  rows: FitQualityRow[];
  /** Why there are no rows: in English, and as a note. */
  reason: string | null;
  note: FitNote | null;
};

export type ModelResults = {
  bgnbd: ModelFit<BgNbdParams>;
  gammaGamma: ModelFit<GammaGammaParams>;
  independence: IndependenceCheck | null;
  fitQuality: FitQualityResult;
  repeatCustomers: number;
  warnings: FitWarning[];
};

/** The summary columns the fits read (index i = customer i), as arrays or typed arrays. */
export const fitColumns = [
  'firstDay',
  'lastDay',
  'purchaseDays',
  'repeatCents',
  'calibrationDays',
  'calibrationLastDay',
  'holdoutDays',
] as const;
export type FitInput = { readonly [K in (typeof fitColumns)[number]]: ArrayLike<number> };

/** (x, t_x, T) of customer i as of `endDay`, in weeks. */
export const rfmtOf = (s: FitInput, i: number, endDay: number): Rfmt => ({
  x: s.purchaseDays[i]! - 1,
  tx: (s.lastDay[i]! - s.firstDay[i]!) / DAYS_PER_UNIT,
  T: (endDay - s.firstDay[i]!) / DAYS_PER_UNIT,
});

/** Mean spend per repeat purchase day (minor units); 0 without repeats. */
export const repeatMean = (s: FitInput, i: number) =>
  s.purchaseDays[i]! > 1 ? s.repeatCents[i]! / (s.purchaseDays[i]! - 1) : 0;

/**
 * The calibration/holdout check: the model refitted on purchases up to `holdoutDays` before the
 * refresh day, and its predictions for the holdout compared with what customers then bought.
 */
const checkFit = (s: FitInput, asOfDay: number, holdoutDays: number): FitQualityResult => {
  const end = asOfDay - holdoutDays;
  const result = { calibrationEnd: formatDay(end), holdoutDays, rows: [] as FitQualityRow[] };
  const missing = (note: FitNote) => ({ ...result, reason: fitNoteText(note), note });
  const customers: (Rfmt & { holdoutX: number })[] = [];
  for (let i = 0; i < s.firstDay.length; i++) {
    if (s.firstDay[i]! > end) continue;
    customers.push({
      x: s.calibrationDays[i]! - 1,
      tx: (s.calibrationLastDay[i]! - s.firstDay[i]!) / DAYS_PER_UNIT,
      T: (end - s.firstDay[i]!) / DAYS_PER_UNIT,
      holdoutX: s.holdoutDays[i]!,
    });
  }
  if (customers.length === 0)
    return missing({
      code: 'no_calibration_period',
      params: { calibrationEnd: formatDay(end), holdoutDays },
    });
  const fit = fitBgNbd(toColumns(customers));
  if (!fit.ok) return missing({ code: 'calibration_fit_failed', params: {}, cause: fit.note });
  const rows = fitQuality(fit.params, customers, holdoutDays / DAYS_PER_UNIT);
  return { ...result, rows, reason: null, note: null };
};

/**
 * Fits BG/NBD (purchase days up to `asOfDay`) and Gamma-Gamma (mean spend of repeat purchase
 * days, minor units) with the shared maths, checks Gamma-Gamma's independence assumption and
 * the fit against a holdout. A model that cannot be fitted carries its reason, never numbers.
 * Pure and synchronous: the refresh runs it on a worker thread (fit-in-worker.ts).
 */
export const fitModels = (s: FitInput, asOfDay: number, holdoutDays: number): ModelResults => {
  const warnings: FitWarning[] = [];
  const rfmt = Array.from({ length: s.firstDay.length }, (_, i) => rfmtOf(s, i, asOfDay));
  const bgnbd: ModelFit<BgNbdParams> =
    rfmt.length > 0
      ? fitBgNbd(toColumns(rfmt))
      : cannotFit({ code: 'nobody_bought', params: { model: 'BG/NBD' } });
  const spend = rfmt.flatMap((c, i) => (c.x > 0 ? [{ x: c.x, zbar: repeatMean(s, i) }] : []));
  const zeroSpend = spend.filter((c) => c.zbar <= 0).length;
  if (zeroSpend > 0)
    warnings.push(fitWarning({ code: 'zero_spend_left_out', params: { customers: zeroSpend } }));
  let gammaGamma = fitGammaGamma(spend);
  if (gammaGamma.ok && gammaGamma.params.q <= 1)
    gammaGamma = cannotFit({
      code: 'infinite_mean_spend',
      params: { model: 'Gamma-Gamma', q: gammaGamma.params.q },
    });
  const independence = spend.length - zeroSpend >= 2 ? spendIndependence(spend) : null;
  if (independence?.warningNote) warnings.push(fitWarning(independence.warningNote));
  return {
    bgnbd,
    gammaGamma,
    independence,
    fitQuality: checkFit(s, asOfDay, holdoutDays),
    repeatCustomers: spend.length,
    warnings,
  };
};
