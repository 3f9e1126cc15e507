import type { TFunction } from 'i18next';
import { isCustomerImportProblemCode } from '../../../../shared/contracts/import-problems';
import type { ImportProblem } from '../../../../shared/contracts/imports';

/**
 * A customer import problem in the user's language: its code's sentence, with the field's label
 * from `fieldLabel`. A problem recorded before codes existed (or with a code this app does not
 * know) keeps the server's English reason. The sentences are `importProblemText`'s, the same the
 * server writes into the downloadable report.
 */
export const problemReason = (
  t: TFunction,
  fieldLabel: (field: string) => string,
  problem: Pick<ImportProblem, 'code' | 'params' | 'reason'>,
): string => {
  if (!isCustomerImportProblemCode(problem.code)) return problem.reason;
  const { field } = problem.params;
  return t(`importWizard.problems.reasons.${problem.code}`, {
    ...problem.params,
    field: typeof field === 'string' ? fieldLabel(field) : '',
  });
};
