import { describe, expect, it } from 'vitest';
import { beta, cumulative, exponential, gamma, normal, weightedIndex } from './samplers';
import { createRandom } from './seeded-random';

const moments = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
};

const sample = (n: number, f: () => number) => Array.from({ length: n }, f);

describe('samplers', () => {
  it('draws standard normals and exponentials with the right mean and variance', () => {
    const rng = createRandom('normal');
    const z = moments(sample(100_000, () => normal(rng)));
    expect(Math.abs(z.mean)).toBeLessThan(0.02);
    expect(z.variance).toBeCloseTo(1, 1);
    const e = moments(sample(100_000, () => exponential(rng, 4)));
    expect(e.mean).toBeCloseTo(0.25, 2);
    expect(e.variance).toBeCloseTo(1 / 16, 2);
  });

  it.each([
    [0.25, 4],
    [1, 1],
    [6, 0.05],
    [4, 150],
  ])('draws Gamma(shape %d, rate %d) with mean k/θ and variance k/θ²', (shape, rate) => {
    const rng = createRandom(`gamma ${shape} ${rate}`);
    const { mean, variance } = moments(sample(200_000, () => gamma(rng, shape, rate)));
    expect(Math.abs(mean / (shape / rate) - 1)).toBeLessThan(0.02);
    expect(Math.abs(variance / (shape / rate ** 2) - 1)).toBeLessThan(0.06);
  });

  it('draws Beta(a, b) with mean a/(a+b) and variance ab/((a+b)²(a+b+1))', () => {
    const rng = createRandom('beta');
    const [a, b] = [0.8, 2.5];
    const values = sample(200_000, () => beta(rng, a, b));
    expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
    const { mean, variance } = moments(values);
    expect(mean).toBeCloseTo(a / (a + b), 2);
    expect(variance).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 3);
  });

  it('refuses parameters no gamma distribution has', () => {
    const rng = createRandom(1);
    expect(() => gamma(rng, 0, 1)).toThrow(RangeError);
    expect(() => gamma(rng, 1, -1)).toThrow(RangeError);
  });

  it('picks indexes in proportion to their weights, never a zero weight', () => {
    const rng = createRandom('weights');
    const sums = cumulative([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[weightedIndex(rng, sums)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeCloseTo(3, 0);
    expect(() => cumulative([0, 0])).toThrow(/positive/);
    expect(() => cumulative([1, -1])).toThrow(/≥ 0/);
  });
});
