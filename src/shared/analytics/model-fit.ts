import { fitNoteText, type FitNote } from './fit-notes';
import type { MinimiseResult } from './optimise';

/** Why a model cannot be fitted: `reason` is `note` in English. */
export type FitFailure = { ok: false; reason: string; note: FitNote };

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
  | FitFailure;

/** The failure a note describes. */
export const cannotFit = (note: FitNote): FitFailure => ({
  ok: false,
  reason: fitNoteText(note),
  note,
});

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
    return cannotFit({ code: 'likelihood_on_boundary', params: { model, where } });
  }
  if (!result.hessianPositiveDefinite || !Number.isFinite(logLik))
    return cannotFit({ code: 'likelihood_flat', params: { model } });
  const loose = names.filter((_, i) => result.logStandardErrors[i]! > maxLogStandardError);
  if (loose.length > 0)
    return cannotFit({ code: 'parameters_not_pinned_down', params: { model, parameters: loose.join(', ') } });
  if (!result.converged) return cannotFit({ code: 'not_converged', params: { model } });
  return {
    ok: true,
    params: build(result.params),
    standardErrors: build(result.standardErrors),
    logLik,
    customers,
    evaluations: result.evaluations,
  };
};
