import { hyp2f1 } from './special-functions';
import type { BgNbdParams } from './bgnbd';
import type { SummaryColumns } from './summary-columns';

/**
 * (a+b+x−1)/(a−1) · [1 − (1−z)^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)], the factor shared by the
 * conditional and unconditional expectations. Euler's transformation rewrites the product as
 * (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose parameters do not grow with x, so the
 * series neither overflows nor needs thousands of terms for heavy buyers.
 */
const expectedGrowth = (p: BgNbdParams, x: number, z: number): number => {
  // The formula is 0/0 at a = 1; its limit is the mean of the values either side.
  if (Math.abs(p.a - 1) < 1e-7)
    return (expectedGrowth({ ...p, a: 1 + 2e-7 }, x, z) + expectedGrowth({ ...p, a: 1 - 2e-7 }, x, z)) / 2;
  const { r, a, b } = p;
  const series = hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  if (!series.converged)
    throw new RangeError(
      `BG/NBD expectation: the hypergeometric series did not converge (z = ${z}); the horizon is far longer than the data`,
    );
  return ((a + b + x - 1) / (a - 1)) * (1 - Math.pow(1 - z, a - 1) * series.value);
};

/** P(alive | x, t_x, T): the chance a customer with this history has not dropped out. */
export const probabilityAlive = (p: BgNbdParams, x: number, tx: number, T: number): number => {
  if (x === 0) return 1;
  const logOdds =
    Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  // 1 / (1 + e^L), written to stay finite for any L.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
};

/** E[X(t)]: expected purchases in (0, t] by a customer who has just made their first. */
export const expectedPurchases = (p: BgNbdParams, t: number): number =>
  t <= 0 ? 0 : expectedGrowth(p, 0, t / (p.alpha + t));

/** E[Y(t) | x, t_x, T]: expected purchases in the next t time units given the history. */
export const conditionalExpectedPurchases = (
  p: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number => {
  if (t <= 0) return 0;
  return expectedGrowth(p, x, t / (p.alpha + T + t)) * probabilityAlive(p, x, tx, T);
};

/** E[Y(t) | …] for every row of `data` (one value per row, not weighted by count). */
export const conditionalExpectedPurchasesAll = (
  p: BgNbdParams,
  t: number,
  data: SummaryColumns,
): Float64Array =>
  Float64Array.from({ length: data.size }, (_, i) =>
    conditionalExpectedPurchases(p, t, data.x[i]!, data.tx[i]!, data.T[i]!),
  );

/** P(alive) for every row of `data`. */
export const probabilityAliveAll = (p: BgNbdParams, data: SummaryColumns): Float64Array =>
  Float64Array.from({ length: data.size }, (_, i) =>
    probabilityAlive(p, data.x[i]!, data.tx[i]!, data.T[i]!),
  );

/** Σ count · E[Y(t) | …]: the purchases all these customers are expected to make in the next t. */
export const totalExpectedPurchases = (p: BgNbdParams, t: number, data: SummaryColumns): number => {
  let sum = 0;
  for (let i = 0; i < data.size; i++)
    sum += data.count[i]! * conditionalExpectedPurchases(p, t, data.x[i]!, data.tx[i]!, data.T[i]!);
  return sum;
};
