import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomFields } from '../api/custom-fields.api';

/** Profile fields as the API and the audit log name them. */
export const profileFieldNames = [
  'kind',
  'name',
  'companyId',
  'title',
  'gender',
  'birthday',
  'phones',
  'emails',
  'addresses',
  'source',
  'category',
  'valueTier',
  'lifecycleStage',
  'ownerId',
  'teamId',
  'tags',
  'notes',
  'custom',
  'externalId',
  'deletedAt',
  'contacts',
] as const;
type ProfileFieldName = (typeof profileFieldNames)[number];

/** A readable label for a field name: built-in fields translated, `custom.<key>` by the admin's label. */
export const useFieldLabel = () => {
  const { t } = useTranslation();
  const { data: fields } = useCustomFields();
  return useCallback(
    (name: string): string => {
      if (name.startsWith('custom.')) {
        const key = name.slice('custom.'.length);
        return fields?.find((field) => field.key === key)?.label ?? key;
      }
      return (profileFieldNames as readonly string[]).includes(name)
        ? t(`customer.fields.${name as ProfileFieldName}`)
        : name;
    },
    [t, fields],
  );
};
