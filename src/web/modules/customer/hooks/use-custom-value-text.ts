import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import { formatMoney } from '../../../ui/format-money';
import { useSignedInMe } from '../../auth/api/me.api';
import { useUserNames } from './use-user-names';

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A stored custom-field value in words: money with the currency, users by name, yes/no. Null when blank. */
export const useCustomValueText = () => {
  const { t, i18n } = useTranslation();
  const { org } = useSignedInMe();
  const { userName } = useUserNames();
  return useCallback(
    (field: Pick<CustomField, 'type'>, value: unknown): string | null => {
      if (isBlank(value)) return null;
      switch (field.type) {
        case 'money':
          return typeof value === 'number' ? formatMoney(value, org.currency, i18n.language) : String(value);
        case 'number':
          return typeof value === 'number' ? value.toLocaleString(i18n.language) : String(value);
        case 'boolean':
          return value ? t('customer.values.yes') : t('customer.values.no');
        case 'user':
          return userName(value) ?? String(value);
        case 'date':
          return typeof value === 'string' ? dayjs(value).format('YYYY-MM-DD') : String(value);
        case 'multi_select':
          return Array.isArray(value) ? value.join(t('customer.values.listSeparator')) : String(value);
        default:
          return typeof value === 'string' ? value : JSON.stringify(value);
      }
    },
    [t, i18n.language, org.currency, userName],
  );
};
