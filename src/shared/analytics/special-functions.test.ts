import { describe, expect, it } from 'vitest';
import { hyp2f1, lgamma, logSumExp } from './special-functions';

describe('lgamma', () => {
  it('matches known values of ln Γ to 1e-12', () => {
    expect(lgamma(1)).toBeCloseTo(0, 12);
    expect(lgamma(2)).toBeCloseTo(0, 12);
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lgamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lgamma(0.1)).toBeCloseTo(2.252712651734206, 12);
    expect(lgamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  it('stays accurate for large arguments, where Γ itself overflows', () => {
    // Stirling's series with three correction terms is exact to double precision here.
    const x = 1e6;
    const stirling =
      (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
    expect(lgamma(x) / stirling).toBeCloseTo(1, 13);
    expect(Number.isFinite(lgamma(200.243))).toBe(true);
  });
});

describe('logSumExp', () => {
  it('adds exponentials far outside the range of doubles', () => {
    expect(logSumExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 12);
    expect(logSumExp(-1000, -1001)).toBeCloseTo(-1000 + Math.log1p(Math.exp(-1)), 12);
    expect(logSumExp(-Infinity, 3)).toBe(3);
    expect(logSumExp(3, -Infinity)).toBe(3);
  });
});

describe('hyp2f1', () => {
  it('matches closed forms', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) {
      expect(hyp2f1(1, 1, 2, z).value).toBeCloseTo(-Math.log(1 - z) / z, 10);
      expect(hyp2f1(0.7, 2.5, 2.5, z).value).toBeCloseTo(Math.pow(1 - z, -0.7), 10);
    }
    // A negative integer parameter ends the series: ₂F₁(-2, b; c; z) is a polynomial.
    expect(hyp2f1(-2, 3, 4, 0.5).value).toBeCloseTo(
      1 - (2 * 3 * 0.5) / 4 + (2 * 3 * 4 * 0.25) / (4 * 5 * 2),
      14,
    );
  });

  it('reports when the series has not converged instead of returning a truncated sum', () => {
    const result = hyp2f1(1, 1, 2, 0.999, { maxTerms: 50 });
    expect(result.converged).toBe(false);
    expect(hyp2f1(1, 1, 2, 0.999).converged).toBe(true);
  });

  it('refuses z outside [0, 1)', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(/0 ≤ z < 1/);
  });
});
