import { useCallback } from 'react';
import type { Picklist } from '../../../../shared/contracts/customers';
import { usePicklistLabels } from '../../customer/hooks/use-picklist-labels';

/**
 * The words for a picklist value, as the customer page says them: the label an admin gave it,
 * else our translation of a default key (prospect → 潜在客户), else the key; '' for none.
 */
export const usePicklistLabel = () => {
  const { label } = usePicklistLabels();
  return useCallback(
    (list: Picklist, key: string | null | undefined): string => label(list, key) ?? '',
    [label],
  );
};
