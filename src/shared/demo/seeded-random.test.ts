import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random';

const draw = (seed: string | number, n: number) => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    expect(draw(42, 1000)).toEqual(draw(42, 1000));
    expect(draw('42', 10)).toEqual(draw(42, 10));
    expect(draw(43, 10)).not.toEqual(draw(42, 10));
    expect(draw('demo/1/0', 10)).not.toEqual(draw('demo/1/1', 10));
  });

  it('stays in [0, 1) and spreads evenly over ten bins', () => {
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    const values = draw('uniform', n);
    expect(values.filter((u) => !(u >= 0 && u < 1))).toEqual([]);
    for (const u of values) bins[Math.floor(u * 10)]! += 1;
    // χ² with 9 degrees of freedom: 27.9 is its 99.9th percentile.
    const chi2 = bins.reduce((s, b) => s + (b - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9);
  });

  it('picks whole numbers below n and items of a list, and refuses an empty list', () => {
    const rng = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(() => rng.pick([])).toThrow(/empty/);
    const hits = Array.from({ length: 10_000 }, () => rng.chance(0.25)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(2300);
    expect(hits).toBeLessThan(2700);
  });
});
