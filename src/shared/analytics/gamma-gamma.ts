import { lgamma } from './special-functions';
import { fitNoteText, type FitNote } from './fit-notes';
import { cannotFit, judgeFit, type ModelFit } from './model-fit';
import { minimisePositive } from './optimise';

/**
 * Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"):
 * each transaction's value is Gamma(p, ν) and ν ~ Gamma(q, γ) across customers. It assumes
 * spend per transaction is independent of how often a customer buys; see `spendIndependence`.
 */
export type GammaGammaParams = { p: number; q: number; gamma: number };

/** A repeat customer: x repeat transactions with mean value zbar (> 0). */
export type SpendSummary = { x: number; zbar: number };

export const minRepeatCustomersGammaGamma = 10;

/** |r| between frequency and mean spend above this is reported as a warning. */
export const independenceWarningThreshold = 0.3;

/**
 * Repeat customers in columns, identical (x, zbar) merged into one row with a count, with the
 * terms that do not depend on the parameters precomputed.
 */
type SpendColumns = {
  x: Float64Array;
  xz: Float64Array;
  /** ln zbar and x ln x: the likelihood needs them at every evaluation. */
  logZ: Float64Array;
  xLogX: Float64Array;
  /** How many customers share this row. */
  count: Float64Array;
  xLevels: Float64Array;
  xLevel: Int32Array;
};

/** Rows of `customers`: one per distinct (x, zbar), or one per customer if `group` is false. */
const toSpendColumns = (customers: readonly SpendSummary[], group: boolean): SpendColumns => {
  const rowOf = new Map<number, Map<number, number>>();
  const rows: SpendSummary[] = [];
  const count: number[] = [];
  for (const c of customers) {
    let byZ = rowOf.get(c.x);
    if (!byZ) rowOf.set(c.x, (byZ = new Map()));
    const row = group ? byZ.get(c.zbar) : undefined;
    if (row !== undefined) {
      count[row]!++;
      continue;
    }
    byZ.set(c.zbar, rows.length);
    rows.push(c);
    count.push(1);
  }
  const levels = [...rowOf.keys()].sort((a, b) => a - b);
  const levelOf = new Map(levels.map((v, i) => [v, i]));
  return {
    x: Float64Array.from(rows, (c) => c.x),
    xz: Float64Array.from(rows, (c) => c.x * c.zbar),
    logZ: Float64Array.from(rows, (c) => Math.log(c.zbar)),
    xLogX: Float64Array.from(rows, (c) => c.x * Math.log(c.x)),
    count: Float64Array.from(count),
    xLevels: Float64Array.from(levels),
    xLevel: Int32Array.from(rows, (c) => levelOf.get(c.x)!),
  };
};

/** The same rows with every value divided by `scale` (fits run on values of order 1). */
const rescaleSpend = (d: SpendColumns, scale: number): SpendColumns => {
  const logScale = Math.log(scale);
  return { ...d, xz: d.xz.map((v) => v / scale), logZ: d.logZ.map((v) => v - logScale) };
};

/** Σ count · ln f(zbar | p, q, γ, x) over the rows. */
const logLikelihoodOf = ({ p, q, gamma }: GammaGammaParams, d: SpendColumns): number => {
  if (!(p > 0 && q > 0 && gamma > 0)) return -Infinity;
  const head = new Float64Array(d.xLevels.length);
  const shared = -lgamma(q) + q * Math.log(gamma);
  for (let k = 0; k < head.length; k++) {
    const px = p * d.xLevels[k]!;
    head[k] = shared + lgamma(px + q) - lgamma(px);
  }
  let sum = 0;
  for (let i = 0; i < d.x.length; i++) {
    const px = p * d.x[i]!;
    sum +=
      d.count[i]! *
      (head[d.xLevel[i]!]! + (px - 1) * d.logZ[i]! + p * d.xLogX[i]! - (px + q) * Math.log(gamma + d.xz[i]!));
  }
  return sum;
};

/** Σ ln f(zbar | p, q, γ, x) over customers with x > 0 and zbar > 0; -Infinity for non-positive parameters. */
export const gammaGammaLogLikelihood = (
  params: GammaGammaParams,
  customers: readonly SpendSummary[],
): number => logLikelihoodOf(params, toSpendColumns(customers, true));

const names = ['p', 'q', 'gamma'] as const;
const build = ([p, q, gamma]: readonly number[]): GammaGammaParams => ({ p: p!, q: q!, gamma: gamma! });

/**
 * Maximum-likelihood fit on repeat customers (x > 0 and zbar > 0; others are left out and
 * counted by the caller). Customers with the same (x, zbar) are one row weighted by their
 * count, which gives the same likelihood (and so the same optimum and standard errors) as one
 * row each, as `group: false` does. Values are divided by their mean while fitting, so γ, which
 * scales with money, is of order 1 whatever the currency unit.
 */
export const fitGammaGamma = (
  customers: readonly SpendSummary[],
  { group = true } = {},
): ModelFit<GammaGammaParams> => {
  const usable = customers.filter((c) => c.x > 0 && c.zbar > 0);
  if (usable.length < minRepeatCustomersGammaGamma)
    return cannotFit({
      code: 'too_few_spending_customers',
      params: { model: 'Gamma-Gamma', customers: usable.length, needed: minRepeatCustomersGammaGamma },
    });
  const scale = usable.reduce((s, c) => s + c.zbar, 0) / usable.length;
  const columns = toSpendColumns(usable, group);
  const scaled = rescaleSpend(columns, scale);
  const result = minimisePositive((v) => -logLikelihoodOf(build(v), scaled), [1, 1, 1]);
  result.params[2]! *= scale;
  result.standardErrors[2]! *= scale;
  const logLik = logLikelihoodOf(build(result.params), columns);
  return judgeFit('Gamma-Gamma', names, result, build, logLik, usable.length);
};

/**
 * E[Z | p, q, γ, x, zbar]: expected value of this customer's future transactions, a weighted
 * mean of the population mean pγ/(q−1) and the customer's own zbar. Infinite when q ≤ 1 (the
 * population mean does not exist); for x = 0 it is the population mean.
 */
export const conditionalExpectedSpend = (
  { p, q, gamma }: GammaGammaParams,
  x: number,
  zbar: number,
): number => (q <= 1 ? Infinity : (p * (gamma + x * zbar)) / (p * x + q - 1));

export type IndependenceCheck = {
  correlation: number;
  customers: number;
  warning: string | null;
  /** The warning as a note, for translation. */
  warningNote: FitNote | null;
};

/**
 * Pearson correlation between frequency x and mean spend zbar over repeat customers. The
 * model assumes none; |r| above `independenceWarningThreshold` (0.3, a "moderate"
 * correlation by the usual reading) yields a warning to treat spend predictions with care.
 */
export const spendIndependence = (customers: readonly SpendSummary[]): IndependenceCheck => {
  const usable = customers.filter((c) => c.x > 0 && c.zbar > 0);
  const n = usable.length;
  const mx = usable.reduce((s, c) => s + c.x, 0) / n;
  const mz = usable.reduce((s, c) => s + c.zbar, 0) / n;
  let sxz = 0;
  let sxx = 0;
  let szz = 0;
  for (const c of usable) {
    sxz += (c.x - mx) * (c.zbar - mz);
    sxx += (c.x - mx) ** 2;
    szz += (c.zbar - mz) ** 2;
  }
  const correlation = sxx > 0 && szz > 0 ? sxz / Math.sqrt(sxx * szz) : 0;
  const warningNote: FitNote | null =
    Math.abs(correlation) > independenceWarningThreshold
      ? { code: 'spend_correlated', params: { correlation } }
      : null;
  return { correlation, customers: n, warning: warningNote && fitNoteText(warningNote), warningNote };
};
