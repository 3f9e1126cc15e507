import type { Matrix } from './linear-algebra';

type Objective = (x: readonly number[]) => number;

const shifted = (x: readonly number[], i: number, di: number, j = -1, dj = 0) =>
  x.map((v, k) => v + (k === i ? di : 0) + (k === j ? dj : 0));

/** Central-difference gradient with step h in every coordinate. */
export const numericalGradient = (f: Objective, x: readonly number[], h = 1e-5): number[] =>
  x.map((_, i) => (f(shifted(x, i, h)) - f(shifted(x, i, -h))) / (2 * h));

/**
 * Central-difference Hessian with step h: second differences on the diagonal, four-point
 * mixed differences off it. `fx` is f(x) if the caller already has it.
 */
export const numericalHessian = (f: Objective, x: readonly number[], h = 1e-4, fx = f(x)): Matrix => {
  const n = x.length;
  const hessian: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    hessian[i]![i] = (f(shifted(x, i, h)) - 2 * fx + f(shifted(x, i, -h))) / (h * h);
    for (let j = 0; j < i; j++) {
      const value =
        (f(shifted(x, i, h, j, h)) -
          f(shifted(x, i, h, j, -h)) -
          f(shifted(x, i, -h, j, h)) +
          f(shifted(x, i, -h, j, -h))) /
        (4 * h * h);
      hessian[i]![j] = value;
      hessian[j]![i] = value;
    }
  }
  return hessian;
};
