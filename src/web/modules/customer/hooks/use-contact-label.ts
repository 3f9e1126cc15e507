import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The labels the form offers; anything else (from an import or the API) is shown as typed. */
export const contactLabelKeys = {
  phone: ['mobile', 'work', 'home', 'fax', 'other'],
  email: ['work', 'personal', 'other'],
  address: ['office', 'home', 'billing', 'shipping', 'other'],
} as const;

export type ContactKind = keyof typeof contactLabelKeys;

export const useContactLabel = () => {
  const { t } = useTranslation();
  return useCallback(
    (kind: ContactKind, label: string): string => {
      const known = (contactLabelKeys[kind] as readonly string[]).includes(label);
      return known ? t(`customer.contactLabels.${kind}.${label as 'other'}`) : label;
    },
    [t],
  );
};
