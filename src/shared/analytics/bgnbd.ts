import { lgamma } from './special-functions';
import { cannotFit, judgeFit, type ModelFit } from './model-fit';
import { minimisePositive } from './optimise';
import { meanT, rescaleTime, type SummaryColumns } from './summary-columns';

/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): purchases follow
 * a Poisson process with rate λ ~ Gamma(r, α); after each purchase a customer drops out with
 * probability p ~ Beta(a, b).
 */
export type BgNbdParams = { r: number; alpha: number; a: number; b: number };

/** The fewest repeat customers (x > 0) we try to fit on. */
export const minRepeatCustomersBgNbd = 10;

/**
 * Σ count · ln L(r, α, a, b | x, t_x, T), written as A + ln(e^B + δ e^C) and combined with
 * log-sum-exp so that large x (hundreds of purchases) neither overflows nor loses precision.
 * Returns -Infinity for non-positive parameters.
 */
export const bgnbdLogLikelihood = (params: BgNbdParams, data: SummaryColumns): number => {
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const xs = data.xLevels.values;
  const head = new Float64Array(xs.length);
  const dropout = new Float64Array(xs.length);
  const common = -lgamma(r) + r * Math.log(alpha) + lgamma(a + b) - lgamma(b);
  const logA = Math.log(a);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    head[k] = common + lgamma(r + x) + lgamma(b + x) - lgamma(a + b + x);
    dropout[k] = x > 0 ? logA - Math.log(b + x - 1) : -Infinity;
  }
  const logAlphaT = data.TLevels.values.map((T) => Math.log(alpha + T));
  const logAlphaTx = data.txLevels.values.map((tx) => Math.log(alpha + tx));
  const { index: xIndex } = data.xLevels;
  const { index: TIndex } = data.TLevels;
  const { index: txIndex } = data.txLevels;
  let sum = 0;
  for (let i = 0; i < data.size; i++) {
    const k = xIndex[i]!;
    const x = data.x[i]!;
    const stillAlive = -(r + x) * logAlphaT[TIndex[i]!]!;
    let ll = head[k]! + stillAlive;
    if (x > 0) {
      const droppedOut = dropout[k]! - (r + x) * logAlphaTx[txIndex[i]!]!;
      ll +=
        droppedOut > stillAlive
          ? droppedOut - stillAlive + Math.log1p(Math.exp(stillAlive - droppedOut))
          : Math.log1p(Math.exp(droppedOut - stillAlive));
    }
    sum += data.count[i]! * ll;
  }
  return sum;
};

const names = ['r', 'alpha', 'a', 'b'] as const;
const build = ([r, alpha, a, b]: readonly number[]): BgNbdParams => ({
  r: r!,
  alpha: alpha!,
  a: a!,
  b: b!,
});

/**
 * Maximum-likelihood BG/NBD fit. Times are divided by mean T while fitting so that every
 * parameter is of order 1 whatever the time unit (α scales with time; r, a, b do not); the
 * returned α and log-likelihood are in the data's own unit.
 */
export const fitBgNbd = (data: SummaryColumns): ModelFit<BgNbdParams> => {
  let repeaters = 0;
  for (let i = 0; i < data.size; i++) if (data.x[i]! > 0) repeaters += data.count[i]!;
  if (repeaters < minRepeatCustomersBgNbd)
    return cannotFit({
      code: 'too_few_repeat_customers',
      params: { model: 'BG/NBD', customers: repeaters, needed: minRepeatCustomersBgNbd },
    });
  const scale = meanT(data) || 1;
  const scaled = rescaleTime(data, scale);
  const result = minimisePositive((v) => -bgnbdLogLikelihood(build(v), scaled), [1, 1, 1, 1]);
  const [r, alpha, a, b] = result.params;
  result.params = [r!, alpha! * scale, a!, b!];
  result.standardErrors = result.standardErrors.map((se, i) => (i === 1 ? se * scale : se));
  const logLik = bgnbdLogLikelihood(build(result.params), data);
  return judgeFit('BG/NBD', names, result, build, logLik, data.customers);
};
