/**
 * Why a model could not be fitted, why the fit-quality check is missing and what to treat with
 * care (the fits' and the scoring's warnings), as a code with parameters: the web app says it in the reader's language from the code;
 * the CLI and the logs say it in English (`fitNoteText`).
 */
type NoteParams = {
  too_few_repeat_customers: { model: string; customers: number; needed: number };
  too_few_spending_customers: { model: string; customers: number; needed: number };
  nobody_bought: { model: string };
  likelihood_on_boundary: { model: string; where: string };
  likelihood_flat: { model: string };
  parameters_not_pinned_down: { model: string; parameters: string };
  not_converged: { model: string };
  infinite_mean_spend: { model: string; q: number };
  no_calibration_period: { calibrationEnd: string; holdoutDays: number };
  /** Said of the model refitted for the fit-quality check; its own note is the `cause`. */
  calibration_fit_failed: Record<string, never>;
  zero_spend_left_out: { customers: number };
  spend_correlated: { correlation: number };
  no_refresh: Record<string, never>;
  no_prediction: { customers: number; horizonMonths: number; asOf: string };
};

export type FitNoteCode = keyof NoteParams;

export type FitNote = {
  [C in FitNoteCode]: { code: C; params: NoteParams[C]; cause?: FitNote };
}[FitNoteCode];

type English = { [C in FitNoteCode]: (params: NoteParams[C], cause: string) => string };

const english: English = {
  too_few_repeat_customers: (p) =>
    `cannot fit the ${p.model} model: only ${p.customers} customers bought more than once (it needs at least ${p.needed})`,
  too_few_spending_customers: (p) =>
    `cannot fit the ${p.model} model: only ${p.customers} repeat customers with spend above 0 (it needs at least ${p.needed})`,
  nobody_bought: (p) => `cannot fit the ${p.model} model: nobody has bought anything yet`,
  likelihood_on_boundary: (p) =>
    `cannot fit the ${p.model} model: the likelihood is highest on the boundary (${p.where}), so these data do not support it`,
  likelihood_flat: (p) =>
    `cannot fit the ${p.model} model: the likelihood has no clear maximum (flat or not curved downward) on these data`,
  parameters_not_pinned_down: (p) =>
    `cannot fit the ${p.model} model: these data do not pin down ${p.parameters}`,
  not_converged: (p) => `cannot fit the ${p.model} model: the optimiser did not converge`,
  infinite_mean_spend: (p) =>
    `cannot use the ${p.model} model: q = ${p.q.toFixed(3)} ≤ 1, so the mean spend per purchase is infinite`,
  no_calibration_period: (p) =>
    `no customer bought before ${p.calibrationEnd}, so there is no calibration period ${p.holdoutDays} days before the last refresh`,
  calibration_fit_failed: (_, cause) => `on the calibration period, ${cause}`,
  zero_spend_left_out: (p) =>
    `left out of the Gamma-Gamma fit: ${p.customers} customers with repeat purchases but zero spend`,
  spend_correlated: (p) =>
    `frequency and spend per transaction are correlated (r = ${p.correlation.toFixed(2)}); the Gamma-Gamma model assumes they are not, so treat its spend predictions with care`,
  no_refresh: () => 'no refresh has run yet',
  no_prediction: (p) =>
    `${p.customers} customer histories got no prediction: the expectation did not converge over a ${p.horizonMonths}-month horizon (as of ${p.asOf})`,
};

/** Every code, for the contracts and the translations. */
export const fitNoteCodes = Object.keys(english) as [FitNoteCode, ...FitNoteCode[]];

/** The note in English, as the CLI, the logs and the stored `reason` say it. */
export const fitNoteText = (note: FitNote): string => {
  // The code picks the function that takes exactly this note's parameters.
  const say = english[note.code] as (params: FitNote['params'], cause: string) => string;
  return say(note.params, note.cause ? fitNoteText(note.cause) : '');
};

/** A warning: in English and as a note. */
export type FitWarning = { message: string; note: FitNote };

export const fitWarning = (note: FitNote): FitWarning => ({ message: fitNoteText(note), note });
