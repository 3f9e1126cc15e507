import type { MinimiseResult } from './optimise';

/** A fitted model, or a plain statement of why it cannot be fitted. Never meaningless numbers. */
export type ModelFit<P extends Record<string, number>> =
  | {
      ok: true;
      params: P;
      standardErrors: P;
      logLik: number;
      /** Customers the fit used. */
      customers: number;
      evaluations: number;
    }
  | { ok: false; reason: string };

/**
 * A ln(parameter) standard error above this means the data barely constrain the parameter:
 * its 95% interval spans more than a factor of e^20. Such a fit is reported as not fitted.
 */
export const maxLogStandardError = 5;

/** Turns an optimiser result into a fit, or the reason it is not one, in the model's own names. */
export const judgeFit = <P extends Record<string, number>>(
  model: string,
  names: readonly (keyof P & string)[],
  result: MinimiseResult,
  build: (values: readonly number[]) => P,
  logLik: number,
  customers: number,
): ModelFit<P> => {
  const onBoundary = names.filter((_, i) => result.atBoundary[i]);
  if (onBoundary.length > 0) {
    const where = onBoundary
      .map((n) => `${n} → ${result.params[names.indexOf(n)]! < 1 ? '0' : '∞'}`)
      .join(', ');
    return {
      ok: false,
      reason: `cannot fit the ${model} model: the likelihood is highest on the boundary (${where}), so these data do not support it`,
    };
  }
  if (!result.hessianPositiveDefinite || !Number.isFinite(logLik))
    return {
      ok: false,
      reason: `cannot fit the ${model} model: the likelihood has no clear maximum (flat or not curved downward) on these data`,
    };
  const loose = names.filter((_, i) => result.logStandardErrors[i]! > maxLogStandardError);
  if (loose.length > 0)
    return {
      ok: false,
      reason: `cannot fit the ${model} model: these data do not pin down ${loose.join(', ')}`,
    };
  if (!result.converged)
    return { ok: false, reason: `cannot fit the ${model} model: the optimiser did not converge` };
  return {
    ok: true,
    params: build(result.params),
    standardErrors: build(result.standardErrors),
    logLik,
    customers,
    evaluations: result.evaluations,
  };
};
