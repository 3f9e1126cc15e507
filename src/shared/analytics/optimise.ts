import { choleskySolve, cholesky, inverseSpd, type Matrix } from './linear-algebra';
import { nelderMead } from './nelder-mead';
import { numericalGradient, numericalHessian } from './numerical-derivatives';

export type MinimiseOptions = {
  /** Search bounds on ln(parameter); outside them the objective counts as Infinity. */
  lowerLog?: number;
  upperLog?: number;
  /** A parameter this close (in ln units) to a bound is reported as on the boundary. */
  boundaryMargin?: number;
  maxIterations?: number;
  /** Newton stops when every gradient component (in ln units) is below this × max(1, |f|). */
  gradientTolerance?: number;
};

export type MinimiseResult = {
  params: number[];
  value: number;
  /** Nelder–Mead settled and the Newton polish reached the gradient tolerance. */
  converged: boolean;
  evaluations: number;
  /** Largest gradient component with respect to ln(parameter) at the optimum. */
  gradientNorm: number;
  /** Per parameter: did it run off towards 0 or infinity (the model degenerates)? */
  atBoundary: boolean[];
  hessianPositiveDefinite: boolean;
  /** From the inverse Hessian of the objective (a negative log-likelihood); NaN if not positive definite. */
  standardErrors: number[];
  /** Standard errors of ln(parameter); a large one means the data barely pin it down. */
  logStandardErrors: number[];
};

type Objective = (x: readonly number[]) => number;

/**
 * Newton steps with backtracking from `start`, using central-difference derivatives; falls
 * back to steepest descent where the Hessian is not positive definite.
 */
const newtonPolish = (f: Objective, start: readonly number[], gradientTolerance: number) => {
  let x = [...start];
  let fx = f(x);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = numericalGradient(f, x);
    const limit = gradientTolerance * Math.max(1, Math.abs(fx));
    if (!gradient.every(Number.isFinite)) return { x, value: fx, converged: false };
    if (Math.max(...gradient.map(Math.abs)) <= limit) return { x, value: fx, converged: true };
    const factor = cholesky(numericalHessian(f, x, 1e-4, fx));
    const direction = factor
      ? choleskySolve(factor, gradient).map((v) => -v)
      : gradient.map((g) => -g / Math.max(1, Math.abs(fx)));
    let improved = false;
    for (let t = 1; t > 1e-10; t /= 2) {
      const candidate = x.map((v, k) => v + t * direction[k]!);
      const value = f(candidate);
      if (value < fx) {
        [x, fx, improved] = [candidate, value, true];
        break;
      }
    }
    if (!improved) return { x, value: fx, converged: false };
  }
  return { x, value: fx, converged: false };
};

/**
 * Minimises `objective` over positive parameters by searching in ln(parameter): Nelder–Mead
 * to get close, then Newton polish. Standard errors come from the inverse Hessian at the
 * optimum (delta method: SE(θ) = θ · SE(ln θ)), so they are meaningful when the objective is
 * a negative log-likelihood. Never throws for a bad fit: check `converged`, `atBoundary` and
 * `hessianPositiveDefinite`.
 */
export const minimisePositive = (
  objective: Objective,
  start: readonly number[],
  {
    lowerLog = Math.log(1e-8),
    upperLog = Math.log(1e8),
    boundaryMargin = Math.log(100),
    maxIterations = 5000,
    gradientTolerance = 1e-7,
  }: MinimiseOptions = {},
): MinimiseResult => {
  let evaluations = 0;
  const inLogs: Objective = (u) => {
    evaluations++;
    if (u.some((v) => !(v >= lowerLog && v <= upperLog))) return Infinity;
    const value = objective(u.map(Math.exp));
    return Number.isNaN(value) ? Infinity : value;
  };
  const coarse = nelderMead(
    inLogs,
    start.map((v) => Math.log(v)),
    { maxIterations, xTolerance: 1e-5, fTolerance: 1e-10 },
  );
  const atBoundary = coarse.x.map((v) => v <= lowerLog + boundaryMargin || v >= upperLog - boundaryMargin);
  const polished = atBoundary.some(Boolean)
    ? { ...coarse, converged: false }
    : newtonPolish(inLogs, coarse.x, gradientTolerance);
  const u = polished.x;
  const params = u.map(Math.exp);
  const gradient = numericalGradient(inLogs, u);
  const hessian: Matrix = numericalHessian(inLogs, u, 1e-4, polished.value);
  const covariance = hessian.every((row) => row.every(Number.isFinite)) ? inverseSpd(hessian) : null;
  const logStandardErrors = params.map((_, i) => (covariance ? Math.sqrt(covariance[i]![i]!) : Number.NaN));
  return {
    params,
    value: polished.value,
    converged: coarse.converged && polished.converged,
    evaluations,
    gradientNorm: Math.max(...gradient.map(Math.abs)),
    atBoundary: u.map((v) => v <= lowerLog + boundaryMargin || v >= upperLog - boundaryMargin),
    hessianPositiveDefinite: covariance !== null,
    standardErrors: params.map((p, i) => p * logStandardErrors[i]!),
    logStandardErrors,
  };
};
