import type { TFunction } from 'i18next';
import {
  orderImportProblemCodes,
  type OrderImportProblemCode,
} from '../../../../shared/contracts/import-problems';
import type { OrderImportProblem } from '../../../../shared/contracts/order-imports';

const isCode = (code: string | null): code is OrderImportProblemCode =>
  (orderImportProblemCodes as readonly (string | null)[]).includes(code);

/**
 * An order import problem in the user's language: its code's sentence, `customerFields` naming
 * the fields that find a customer ("Customer ID, Customer phone, or Customer email"). A problem
 * recorded before codes existed (or with a code this app does not know) keeps the English reason.
 */
export const orderProblemReason = (
  t: TFunction,
  customerFields: string,
  problem: Pick<OrderImportProblem, 'code' | 'params' | 'reason'>,
): string =>
  isCode(problem.code)
    ? t(`orderImport.problems.reasons.${problem.code}`, { ...problem.params, fields: customerFields })
    : problem.reason;
