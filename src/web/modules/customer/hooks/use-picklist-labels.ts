import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picklist } from '../../../../shared/contracts/customers';
import { usePicklists } from '../api/picklists.api';

export type PicklistOption = { value: string; label: string; archived: boolean };

/**
 * Words for pick-list keys: an admin's own label first, then our translation of the default keys
 * (prospect → 潜在客户), else the key itself.
 */
export const usePicklistLabels = () => {
  const { t, i18n } = useTranslation();
  const { data: lists, isPending } = usePicklists();
  const defaults = useMemo(
    () =>
      t('customer.picklist', { returnObjects: true }) as unknown as Record<Picklist, Record<string, string>>,
    // The translation object changes with the language only.
    [t, i18n.language],
  );

  const label = useCallback(
    (list: Picklist, key: string | null | undefined): string | null => {
      if (!key) return null;
      const own = lists?.[list].find((item) => item.key === key)?.label;
      return own || defaults[list]?.[key] || key;
    },
    [lists, defaults],
  );

  /** Active items, plus `current` when it has been archived since it was chosen. */
  const options = useCallback(
    (list: Picklist, current?: string | null): PicklistOption[] =>
      (lists?.[list] ?? [])
        .filter((item) => !item.archived || item.key === current)
        .map((item) => ({
          value: item.key,
          label: label(list, item.key) ?? item.key,
          archived: item.archived,
        })),
    [lists, label],
  );

  return { label, options, defaults, lists, isPending };
};
