import { describe, expect, it } from 'vitest';
import { minimisePositive } from './optimise';

describe('minimisePositive', () => {
  it('finds a maximum-likelihood estimate and its standard error (exponential rate)', () => {
    // n observations with sum s: λ̂ = n / s and SE(λ̂) = λ̂ / √n, from the inverse Hessian.
    const [n, s] = [50, 123.4];
    const result = minimisePositive(([rate]) => -(n * Math.log(rate!) - rate! * s), [1]);
    expect(result.converged).toBe(true);
    expect(result.params[0]).toBeCloseTo(n / s, 8);
    expect(result.standardErrors[0]).toBeCloseTo(n / s / Math.sqrt(n), 6);
    expect(result.atBoundary).toEqual([false]);
    expect(result.hessianPositiveDefinite).toBe(true);
  });

  it('fits several parameters of different scales (gamma shape and rate)', () => {
    // Gamma(shape 3, rate 0.002) log-likelihood from sufficient statistics of 400 draws
    // with mean 1500 and mean log 7.1: the optimum satisfies rate = shape / mean.
    const [n, mean, meanLog] = [400, 1500, 7.1];
    const nll = ([k, rate]: readonly number[]) =>
      -n * (k! * Math.log(rate!) - logGamma(k!) + (k! - 1) * meanLog - rate! * mean);
    const result = minimisePositive(nll, [1, 1]);
    expect(result.converged).toBe(true);
    expect(result.params[1]! * mean).toBeCloseTo(result.params[0]!, 6);
  });

  it('reports a parameter that runs off to 0 as on the boundary', () => {
    const result = minimisePositive(([a, b]) => a! + (Math.log(b!) - 1) ** 2, [1, 1]);
    expect(result.atBoundary).toEqual([true, false]);
    expect(result.converged).toBe(false);
  });

  it('reports a parameter that runs off to infinity as on the boundary', () => {
    expect(minimisePositive(([a]) => 1 / a!, [1]).atBoundary).toEqual([true]);
  });
});

// Stirling-series ln Γ, good to ~1e-10 for the arguments above; kept local so the test does
// not lean on the module's own lgamma.
const logGamma = (x: number): number => {
  if (x < 7) return logGamma(x + 1) - Math.log(x);
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
};
