import type { Random } from './seeded-random';

/**
 * Draws from the distributions the demo's purchase process is made of. Every distribution
 * is written with a *rate* parameter, as the BG/NBD and Gamma-Gamma papers write them:
 * Gamma(shape k, rate θ) has mean k / θ and variance k / θ².
 */

/** A uniform number in (0, 1): never 0, so logarithms stay finite. */
const open01 = (rng: Random): number => {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return u;
};

/** Standard normal, by Box–Muller. */
export const normal = (rng: Random): number =>
  Math.sqrt(-2 * Math.log(open01(rng))) * Math.cos(2 * Math.PI * rng.next());

/** Exponential with the given rate (mean 1 / rate). */
export const exponential = (rng: Random, rate: number): number => -Math.log(open01(rng)) / rate;

/**
 * Gamma(shape, rate) by Marsaglia & Tsang (2000); a shape below 1 is boosted to shape + 1 and
 * scaled by U^(1/shape), which keeps the method exact.
 */
export const gamma = (rng: Random, shape: number, rate: number): number => {
  if (!(shape > 0 && rate > 0)) throw new RangeError(`gamma needs shape and rate > 0, got ${shape}, ${rate}`);
  if (shape < 1) return gamma(rng, shape + 1, rate) * Math.pow(open01(rng), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = open01(rng);
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return (d * v) / rate;
  }
};

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a, 1), Y ~ Gamma(b, 1). */
export const beta = (rng: Random, a: number, b: number): number => {
  const x = gamma(rng, a, 1);
  const y = gamma(rng, b, 1);
  return x / (x + y);
};

/** Running sums of non-negative weights, for `weightedIndex`. */
export type Cumulative = Float64Array;

export const cumulative = (weights: readonly number[]): Cumulative => {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    if (!(w >= 0)) throw new RangeError(`weight ${i} is ${w}; weights must be ≥ 0`);
    total += w;
    sums[i] = total;
  });
  if (!(total > 0)) throw new RangeError('at least one weight must be positive');
  return sums;
};

/** An index drawn with probability proportional to its weight (binary search). */
export const weightedIndex = (rng: Random, sums: Cumulative): number => {
  const target = rng.next() * sums[sums.length - 1]!;
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};
