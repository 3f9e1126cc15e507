import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importFieldKeys,
  type ImportFieldKey,
  type ImportProblem,
} from '../../../../shared/contracts/imports';
import { useFieldLabel } from '../../customer/hooks/use-field-label';
import { problemReason } from '../components/problem-reason';

const isBuiltIn = (field: string): field is ImportFieldKey =>
  (importFieldKeys as readonly string[]).includes(field);

/** A problem's reason in the user's language; built-in fields named as the mapping step names them. */
export const useProblemReason = () => {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const importFieldLabel = useCallback(
    (field: string) => (isBuiltIn(field) ? t(`importWizard.fields.${field}`) : fieldLabel(field)),
    [t, fieldLabel],
  );
  return useCallback(
    (problem: ImportProblem) => problemReason(t, importFieldLabel, problem),
    [t, importFieldLabel],
  );
};
