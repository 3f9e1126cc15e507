import { describe, expect, it } from 'vitest';
import { cholesky, choleskySolve, inverseSpd } from './linear-algebra';

const spd = [
  [4, 2, 0.6],
  [2, 5, 1],
  [0.6, 1, 3],
];

describe('linear algebra', () => {
  it('factors, solves and inverts a positive-definite matrix', () => {
    const l = cholesky(spd)!;
    const x = choleskySolve(l, [1, 2, 3]);
    spd.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * x[j]!, 0)).toBeCloseTo([1, 2, 3][i]!, 12));
    const inverse = inverseSpd(spd)!;
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        expect(spd[i]!.reduce((s, v, k) => s + v * inverse[k]![j]!, 0)).toBeCloseTo(i === j ? 1 : 0, 12);
  });

  it('returns null for a matrix that is not positive definite', () => {
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
    expect(inverseSpd([[0]])).toBeNull();
  });
});
