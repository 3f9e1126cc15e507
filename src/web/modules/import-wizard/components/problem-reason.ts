import type { TFunction } from 'i18next';
import {
  customerImportProblemCodes,
  type CustomerImportProblemCode,
} from '../../../../shared/contracts/import-problems';
import type { ImportProblem } from '../../../../shared/contracts/imports';

const isCode = (code: string | null): code is CustomerImportProblemCode =>
  (customerImportProblemCodes as readonly (string | null)[]).includes(code);

/**
 * A customer import problem in the user's language: its code's sentence, with the field's label
 * from `fieldLabel`. A problem recorded before codes existed (or with a code this app does not
 * know) keeps the server's English reason.
 */
export const problemReason = (
  t: TFunction,
  fieldLabel: (field: string) => string,
  problem: Pick<ImportProblem, 'code' | 'params' | 'reason'>,
): string => {
  if (!isCode(problem.code)) return problem.reason;
  const { field } = problem.params;
  return t(`importWizard.problems.reasons.${problem.code}`, {
    ...problem.params,
    field: typeof field === 'string' ? fieldLabel(field) : '',
  });
};
