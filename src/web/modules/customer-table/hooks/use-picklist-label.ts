import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picklist } from '../../../../shared/contracts/customers';
import { usePicklists } from '../api/customer-meta.api';

/**
 * The words for a picklist value: the label an admin gave it, else our translation of a default
 * key (prospect → 潜在客户), else the key itself.
 */
export const usePicklistLabel = () => {
  const { t, i18n } = useTranslation();
  const { data: lists } = usePicklists();
  return useCallback(
    (list: Picklist, key: string | null | undefined): string => {
      if (!key) return '';
      const label = lists?.[list].find((item) => item.key === key)?.label;
      if (label) return label;
      const path = `customerTable.picklist.${list}.${key}`;
      return i18n.exists(path) ? String(t(path as never)) : key;
    },
    [lists, t, i18n],
  );
};
