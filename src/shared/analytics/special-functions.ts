/**
 * Special functions the customer models need, written for stability rather than speed of
 * writing: a Lanczos log-gamma, log-sum-exp, and the Gauss hypergeometric series.
 */

const lanczosG = 7;
const lanczosCoefficients = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for real x > 0 (and by reflection for non-integer x < 0.5); about 1e-14 relative. */
export const lgamma = (x: number): number => {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const z = x - 1;
  let sum = lanczosCoefficients[0]!;
  for (let i = 1; i < lanczosCoefficients.length; i++) sum += lanczosCoefficients[i]! / (z + i);
  const t = z + lanczosG + 0.5;
  return halfLogTwoPi + (z + 0.5) * Math.log(t) - t + Math.log(sum);
};

/** ln(e^a + e^b) without overflow or underflow. */
export const logSumExp = (a: number, b: number): number => {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
};

export type SeriesResult = { value: number; terms: number; converged: boolean };

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) by its power series, for 0 ≤ z < 1.
 * Stops once the remaining tail, bounded by the current term over (1 − ratio), is below
 * `tolerance` relative to the sum; `converged` is false if `maxTerms` ran out first (z very
 * close to 1) or the sum stopped being finite. c must not be 0 or a negative integer.
 */
export const hyp2f1 = (
  a: number,
  b: number,
  c: number,
  z: number,
  { tolerance = 1e-14, maxTerms = 1_000_000 } = {},
): SeriesResult => {
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 ≤ z < 1, got ${z}`);
  let term = 1;
  let sum = 1;
  // Past this index every ratio (a+n)(b+n)/((c+n)(n+1)) has a fixed sign and is shrinking.
  const settled = Math.max(Math.abs(a), Math.abs(b), Math.abs(c)) + 1;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (!Number.isFinite(sum)) return { value: sum, terms: n + 1, converged: false };
    if (term === 0) return { value: sum, terms: n + 1, converged: true };
    if (n >= settled) {
      // Ratios tend to z from above or below, so the larger of the next ratio and z bounds them all.
      const next = Math.max(z, Math.abs((((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * z));
      if (next < 1 && Math.abs(term) / (1 - next) <= tolerance * Math.abs(sum))
        return { value: sum, terms: n + 1, converged: true };
    }
  }
  return { value: sum, terms: maxTerms, converged: false };
};
