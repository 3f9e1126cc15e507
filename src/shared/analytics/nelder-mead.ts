/**
 * Nelder–Mead simplex minimisation with the dimension-adaptive coefficients of Gao & Han
 * (2012). The objective may return Infinity (or NaN, treated as Infinity) for points it
 * rejects; the simplex then shrinks away from them.
 */

export type NelderMeadOptions = {
  /** Size of the initial simplex along each axis. */
  step?: number;
  /** Stop when every vertex is within this distance (max norm) of the best … */
  xTolerance?: number;
  /** … and every vertex value within this of the best, relative to max(1, |best|). */
  fTolerance?: number;
  maxIterations?: number;
};

export type NelderMeadResult = { x: number[]; value: number; iterations: number; converged: boolean };

export const nelderMead = (
  objective: (x: readonly number[]) => number,
  start: readonly number[],
  { step = 0.5, xTolerance = 1e-7, fTolerance = 1e-11, maxIterations = 5000 }: NelderMeadOptions = {},
): NelderMeadResult => {
  const f = (x: readonly number[]) => {
    const value = objective(x);
    return Number.isNaN(value) ? Infinity : value;
  };
  const n = start.length;
  const [reflect, expand, contract, shrink] = [1, 1 + 2 / n, 0.75 - 1 / (2 * n), 1 - 1 / n];
  const points = [[...start], ...start.map((_, i) => start.map((v, k) => (k === i ? v + step : v)))];
  const values = points.map(f);
  const order = points.map((_, i) => i);
  const along = (from: readonly number[], to: readonly number[], t: number) =>
    from.map((v, k) => v + t * (to[k]! - v));

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    order.sort((i, j) => values[i]! - values[j]!);
    const best = order[0]!;
    const worst = order[n]!;
    const secondWorst = order[n - 1]!;
    const spreadF = Math.max(...order.map((i) => Math.abs(values[i]! - values[best]!)));
    const spreadX = Math.max(
      ...order.map((i) => Math.max(...points[i]!.map((v, k) => Math.abs(v - points[best]![k]!)))),
    );
    if (
      Number.isFinite(values[best]!) &&
      spreadX <= xTolerance &&
      spreadF <= fTolerance * Math.max(1, Math.abs(values[best]!))
    )
      return { x: points[best]!, value: values[best]!, iterations: iteration, converged: true };

    const centroid = new Array<number>(n).fill(0);
    for (const i of order.slice(0, n)) for (let k = 0; k < n; k++) centroid[k]! += points[i]![k]! / n;
    const worstPoint = points[worst]!;
    const reflected = along(centroid, worstPoint, -reflect);
    const fr = f(reflected);
    if (fr < values[best]!) {
      const expanded = along(centroid, worstPoint, -expand);
      const fe = f(expanded);
      [points[worst], values[worst]] = fe < fr ? [expanded, fe] : [reflected, fr];
      continue;
    }
    if (fr < values[secondWorst]!) {
      [points[worst], values[worst]] = [reflected, fr];
      continue;
    }
    const outside = fr < values[worst]!;
    const contracted = outside ? along(centroid, reflected, contract) : along(centroid, worstPoint, contract);
    const fc = f(contracted);
    if (fc < (outside ? fr : values[worst]!)) {
      [points[worst], values[worst]] = [contracted, fc];
      continue;
    }
    const bestPoint = points[best]!;
    for (const i of order.slice(1)) {
      points[i] = along(bestPoint, points[i]!, shrink);
      values[i] = f(points[i]!);
    }
  }
  order.sort((i, j) => values[i]! - values[j]!);
  return { x: points[order[0]!]!, value: values[order[0]!]!, iterations: maxIterations, converged: false };
};
