import type { ModelFit } from '../../../../shared/analytics/model-fit';

/** What a model run keeps of a fit: the parameters, or the reason there are none (in English and as a note). */
export const fitSummary = <P extends Record<string, number>>(fit: ModelFit<P>) =>
  fit.ok
    ? {
        ok: true,
        reason: null,
        note: null,
        params: fit.params,
        standardErrors: fit.standardErrors,
        logLik: fit.logLik,
        customers: fit.customers,
      }
    : {
        ok: false,
        reason: fit.reason,
        note: fit.note,
        params: null,
        standardErrors: null,
        logLik: null,
        customers: null,
      };
