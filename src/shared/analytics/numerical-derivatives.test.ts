import { describe, expect, it } from 'vitest';
import { numericalGradient, numericalHessian } from './numerical-derivatives';

// f(x, y) = e^x · y² + 3xy, with known derivatives.
const f = ([x, y]: readonly number[]) => Math.exp(x!) * y! ** 2 + 3 * x! * y!;

describe('numerical derivatives', () => {
  it('match the analytic gradient and Hessian', () => {
    const [x, y] = [0.3, -1.2];
    const [gx, gy] = numericalGradient(f, [x, y]);
    expect(gx).toBeCloseTo(Math.exp(x) * y ** 2 + 3 * y, 8);
    expect(gy).toBeCloseTo(2 * Math.exp(x) * y + 3 * x, 8);
    const h = numericalHessian(f, [x, y]);
    expect(h[0]![0]).toBeCloseTo(Math.exp(x) * y ** 2, 5);
    expect(h[1]![1]).toBeCloseTo(2 * Math.exp(x), 5);
    expect(h[0]![1]).toBeCloseTo(2 * Math.exp(x) * y + 3, 5);
    expect(h[1]![0]).toBe(h[0]![1]);
  });
});
