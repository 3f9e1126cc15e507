import { lgamma } from './special-functions';
import { judgeFit, type ModelFit } from './model-fit';
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

/** Repeat customers in columns, with the terms that do not depend on the parameters precomputed. */
type SpendColumns = {
  x: Float64Array;
  xz: Float64Array;
  /** ln zbar and x ln x: the likelihood needs them at every evaluation. */
  logZ: Float64Array;
  xLogX: Float64Array;
  xLevels: Float64Array;
  xLevel: Int32Array;
};

const toSpendColumns = (customers: readonly SpendSummary[]): SpendColumns => {
  const levels = [...new Set(customers.map((c) => c.x))].sort((a, b) => a - b);
  const levelOf = new Map(levels.map((v, i) => [v, i]));
  return {
    x: Float64Array.from(customers, (c) => c.x),
    xz: Float64Array.from(customers, (c) => c.x * c.zbar),
    logZ: Float64Array.from(customers, (c) => Math.log(c.zbar)),
    xLogX: Float64Array.from(customers, (c) => c.x * Math.log(c.x)),
    xLevels: Float64Array.from(levels),
    xLevel: Int32Array.from(customers, (c) => levelOf.get(c.x)!),
  };
};

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
      head[d.xLevel[i]!]! + (px - 1) * d.logZ[i]! + p * d.xLogX[i]! - (px + q) * Math.log(gamma + d.xz[i]!);
  }
  return sum;
};

/** Σ ln f(zbar | p, q, γ, x) over customers with x > 0 and zbar > 0; -Infinity for non-positive parameters. */
export const gammaGammaLogLikelihood = (
  params: GammaGammaParams,
  customers: readonly SpendSummary[],
): number => logLikelihoodOf(params, toSpendColumns(customers));

const names = ['p', 'q', 'gamma'] as const;
const build = ([p, q, gamma]: readonly number[]): GammaGammaParams => ({ p: p!, q: q!, gamma: gamma! });

/**
 * Maximum-likelihood fit on repeat customers (x > 0 and zbar > 0; others are left out and
 * counted by the caller). Values are divided by their mean while fitting, so γ, which scales
 * with money, is of order 1 whatever the currency unit.
 */
export const fitGammaGamma = (customers: readonly SpendSummary[]): ModelFit<GammaGammaParams> => {
  const usable = customers.filter((c) => c.x > 0 && c.zbar > 0);
  if (usable.length < minRepeatCustomersGammaGamma)
    return {
      ok: false,
      reason: `cannot fit the Gamma-Gamma model: only ${usable.length} repeat customers with spend above 0 (it needs at least ${minRepeatCustomersGammaGamma})`,
    };
  const scale = usable.reduce((s, c) => s + c.zbar, 0) / usable.length;
  const scaled = toSpendColumns(usable.map((c) => ({ x: c.x, zbar: c.zbar / scale })));
  const result = minimisePositive((v) => -logLikelihoodOf(build(v), scaled), [1, 1, 1]);
  result.params[2]! *= scale;
  result.standardErrors[2]! *= scale;
  const logLik = gammaGammaLogLikelihood(build(result.params), usable);
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

export type IndependenceCheck = { correlation: number; customers: number; warning: string | null };

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
  const warning =
    Math.abs(correlation) > independenceWarningThreshold
      ? `frequency and spend per transaction are correlated (r = ${correlation.toFixed(2)}); the Gamma-Gamma model assumes they are not, so treat its spend predictions with care`
      : null;
  return { correlation, customers: n, warning };
};
