import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead';

const rosenbrock = ([x, y]: readonly number[]) => (1 - x!) ** 2 + 100 * (y! - x! ** 2) ** 2;

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { xTolerance: 1e-9, fTolerance: 1e-14 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('stays out of regions where the objective is Infinity or NaN', () => {
    // Minimum of (x − 2)² + (y + 1)² restricted to x ≤ 1: the constrained minimum is (1, −1).
    const result = nelderMead(([x, y]) => (x! > 1 ? Number.NaN : (x! - 2) ** 2 + (y! + 1) ** 2), [0, 0], {
      xTolerance: 1e-9,
    });
    expect(result.x[0]).toBeLessThanOrEqual(1);
    expect(result.x[0]).toBeCloseTo(1, 2);
    expect(result.x[1]).toBeCloseTo(-1, 2);
  });

  it('says it did not converge when it runs out of iterations', () => {
    expect(nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 }).converged).toBe(false);
  });
});
