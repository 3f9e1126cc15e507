import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import type { MergeFieldKey } from '../../../../shared/contracts/duplicates';
import { useCustomFields } from '../../customer/api/custom-fields.api';
import { useCustomValueText } from '../../customer/hooks/use-custom-value-text';
import { useFieldLabel } from '../../customer/hooks/use-field-label';
import { usePicklistLabels } from '../../customer/hooks/use-picklist-labels';
import { useUserNames } from '../../customer/hooks/use-user-names';

/** One field of the merge dialog: the raw value of each customer (to compare) and how it reads. */
export type MergeRow = {
  key: string;
  label: string;
  raw: unknown[];
  text: (string | null)[];
  /** Every customer holds the same value: nothing to choose. */
  same: boolean;
};

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The customers' fields side by side, built-in first then custom; fields empty for everyone are left out. */
export const useMergeRows = (customers: Customer[]): MergeRow[] => {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const { label: picklist } = usePicklistLabels();
  const { userName, teamName } = useUserNames();
  const customText = useCustomValueText();
  const { data: customFields } = useCustomFields();

  return useMemo(() => {
    type Builtin = [MergeFieldKey, string, (c: Customer) => unknown, (c: Customer) => string | null];
    const builtins: Builtin[] = [
      ['name', 'name', (c) => c.name, (c) => c.name],
      ['title', 'title', (c) => c.title, (c) => c.title],
      ['gender', 'gender', (c) => c.gender, (c) => (c.gender ? t(`customer.genders.${c.gender}`) : null)],
      ['birthday', 'birthday', (c) => c.birthday, (c) => c.birthday],
      ['company', 'companyId', (c) => c.companyId, (c) => c.companyName],
      ['category', 'category', (c) => c.category, (c) => picklist('category', c.category)],
      ['valueTier', 'valueTier', (c) => c.valueTier, (c) => picklist('value_tier', c.valueTier)],
      [
        'lifecycleStage',
        'lifecycleStage',
        (c) => c.lifecycleStage,
        (c) => picklist('lifecycle_stage', c.lifecycleStage),
      ],
      ['source', 'source', (c) => c.source, (c) => picklist('source', c.source)],
      ['owner', 'ownerId', (c) => c.ownerId, (c) => c.ownerName ?? userName(c.ownerId)],
      ['team', 'teamId', (c) => c.teamId, (c) => teamName(c.teamId) ?? (c.teamId ? '…' : null)],
      ['notes', 'notes', (c) => c.notes, (c) => c.notes],
      ['externalId', 'externalId', (c) => c.externalId, (c) => c.externalId],
    ];
    const rows: Omit<MergeRow, 'same'>[] = builtins.map(([key, name, raw, text]) => ({
      key,
      label: fieldLabel(name),
      raw: customers.map(raw),
      text: customers.map((c) => (isEmpty(raw(c)) ? null : text(c))),
    }));
    for (const field of (customFields ?? []).filter((f) => !f.archived))
      rows.push({
        key: `custom.${field.key}`,
        label: field.label,
        raw: customers.map((c) => c.custom[field.key]),
        text: customers.map((c) => customText(field, c.custom[field.key])),
      });
    return rows
      .filter((row) => row.raw.some((v) => !isEmpty(v)))
      .map((row) => ({ ...row, same: row.raw.every((v) => sameValue(v, row.raw[0])) }));
  }, [customers, t, fieldLabel, picklist, userName, teamName, customText, customFields]);
};

/** The preselected value of each field: the kept customer's, else the first customer's that is not empty. */
export const defaultChoices = (rows: MergeRow[], survivor: number): Record<string, number> =>
  Object.fromEntries(
    rows
      .filter((row) => !row.same)
      .map((row) => [
        row.key,
        isEmpty(row.raw[survivor])
          ? Math.max(
              0,
              row.raw.findIndex((v) => !isEmpty(v)),
            )
          : survivor,
      ]),
  );
