import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { genders, type Picklist } from '../../../../shared/contracts/customers';
import { CustomerLink } from '../detail/CustomerLink';
import { formatAddress } from '../format/format-address';
import { useCustomFields } from '../api/custom-fields.api';
import { useContactLabel } from './use-contact-label';
import { useCustomValueText } from './use-custom-value-text';
import { usePicklistLabels } from './use-picklist-labels';
import { useUserNames } from './use-user-names';

/** Audit actions the history puts into words; others show their code. */
export const historyActions = [
  'create',
  'update',
  'delete',
  'restore',
  'reveal',
  'merge',
  'import',
  'bulk',
] as const;

const picklistOf: Record<string, Picklist> = {
  category: 'category',
  valueTier: 'value_tier',
  lifecycleStage: 'lifecycle_stage',
  source: 'source',
};

type Entry = { label?: string; number?: string; address?: string; primary?: boolean };

/** A value recorded in the audit log, in words: names for ids, labels for keys, addresses written out. */
export const useHistoryValue = () => {
  const { t, i18n } = useTranslation();
  const picklists = usePicklistLabels();
  const { userName, teamName } = useUserNames();
  const { data: fields } = useCustomFields();
  const customText = useCustomValueText();
  const contactLabel = useContactLabel();
  const separator = t('customer.values.listSeparator');

  return useCallback(
    (field: string, value: unknown): ReactNode => {
      const empty = t('customer.history.emptyValue');
      if (value === undefined || value === null || value === '') return empty;
      if (Array.isArray(value) && value.length === 0) return empty;
      if (field.startsWith('custom.')) {
        const custom = fields?.find((f) => f.key === field.slice('custom.'.length));
        return (custom && customText(custom, value)) ?? JSON.stringify(value);
      }
      if (picklistOf[field]) return picklists.label(picklistOf[field], String(value));
      if (field === 'ownerId') return userName(value) ?? String(value);
      if (field === 'teamId') return teamName(value) ?? String(value);
      if (field === 'companyId' && typeof value === 'string') return <CustomerLink id={value} />;
      if (field === 'gender' && genders.includes(value as (typeof genders)[number]))
        return t(`customer.genders.${value as (typeof genders)[number]}`);
      if (field === 'kind' && (value === 'person' || value === 'company'))
        return t(`customer.kinds.${value}`);
      if ((field === 'phones' || field === 'emails') && Array.isArray(value))
        return (value as Entry[])
          .map(
            (e) =>
              `${e.number ?? e.address ?? ''} (${contactLabel(field === 'phones' ? 'phone' : 'email', e.label ?? '')})`,
          )
          .join(separator);
      if (field === 'addresses' && Array.isArray(value))
        return (value as Parameters<typeof formatAddress>[0][])
          .map((address) => formatAddress(address, i18n.language))
          .join(separator);
      if (Array.isArray(value)) return value.map(String).join(separator);
      if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
      return JSON.stringify(value);
    },
    [t, i18n.language, picklists, userName, teamName, fields, customText, contactLabel, separator],
  );
};
