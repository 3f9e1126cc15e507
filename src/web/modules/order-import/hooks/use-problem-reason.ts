import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderImportProblem } from '../../../../shared/contracts/order-imports';
import { customerKeyFields } from '../state/order-mapping-check';
import { orderProblemReason } from '../state/problem-reason';
import { useFieldNames } from './use-field-names';

/** A problem's reason in the user's language, for the table and the downloaded report alike. */
export const useProblemReason = () => {
  const { t } = useTranslation();
  const customerFields = useFieldNames()(customerKeyFields, 'disjunction');
  return useCallback(
    (problem: OrderImportProblem) => orderProblemReason(t, customerFields, problem),
    [t, customerFields],
  );
};
