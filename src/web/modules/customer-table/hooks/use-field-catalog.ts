import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomField, CustomFieldType } from '../../../../shared/contracts/custom-fields';
import type { Picklist } from '../../../../shared/contracts/customers';
import { customerFields, customerScoreFields } from '../../../../shared/customers/customer-fields';
import type { FieldDescriptor, FieldType } from '../../../../shared/filter/filter';
import type { customerTable } from '../../../app/i18n/en/customer-table';
import { useScoreLabels } from '../../analytics/hooks/use-score-labels';
import { useCustomFields } from '../../customer/api/custom-fields.api';
import { usePicklists } from '../../customer/api/picklists.api';
import { usePicklistLabel } from './use-picklist-label';

type BuiltinKey = keyof typeof customerTable.fields;

export type FieldOption = { value: string; label: string };

/** A customer field as the table, the column chooser and the filter builder see it. */
export type CatalogField = {
  key: string;
  label: string;
  /** How the UI edits values: picklists are enums with their items as options. */
  type: FieldType;
  sortable: boolean;
  group: 'profile' | 'activity' | 'scores' | 'custom';
  /** Filters only: the customer record does not carry the value (purchase months, churn periods). */
  filterOnly?: boolean;
  picklist?: Picklist;
  options?: FieldOption[];
  /** Whose ids a `user` field holds: people or teams. */
  userKind?: 'user' | 'team';
  custom?: CustomField;
  defaultWidth: number;
  /** What the server's filter checks: picklists are free text there (admins edit the lists). */
  descriptor: FieldDescriptor;
};

const customTypes: Record<CustomFieldType, FieldType> = {
  text: 'text',
  long_text: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  select: 'enum',
  multi_select: 'tags',
  boolean: 'boolean',
  user: 'user',
};

/** Default widths fit the default columns into a 1366 px window with the sider open. */
const keyWidths: Record<string, number> = {
  name: 150,
  primary_phone: 130,
  category: 150,
  lifecycle_stage: 150,
  primary_email: 200,
  owner: 110,
  value_tier: 100,
  updated_at: 140,
  created_at: 140,
};
const typeWidths: Record<FieldType, number> = {
  text: 150,
  number: 100,
  money: 120,
  date: 130,
  boolean: 90,
  enum: 130,
  tags: 130,
  user: 120,
};
const widthFor = (key: string, type: FieldType) => keyWidths[key] ?? typeWidths[type];

/** Every field of this organisation's customers: built-in, then analytics scores, then custom fields. */
export const useFieldCatalog = () => {
  const { t } = useTranslation();
  const { data: custom, isLoading: customLoading } = useCustomFields();
  const { data: lists, isLoading: listsLoading } = usePicklists();
  const picklistLabel = usePicklistLabel();
  const scoreLabels = useScoreLabels();

  const fields = useMemo<CatalogField[]>(() => {
    const fixed: Record<string, FieldOption[]> = {
      kind: (['person', 'company'] as const).map((k) => ({ value: k, label: t(`customerTable.kinds.${k}`) })),
      gender: (['female', 'male', 'other'] as const).map((g) => ({
        value: g,
        label: t(`customerTable.genders.${g}`),
      })),
    };
    const builtin = customerFields.map((f): CatalogField => {
      const options = f.picklist
        ? (lists?.[f.picklist] ?? [])
            .filter((item) => !item.archived)
            .map((item) => ({ value: item.key, label: picklistLabel(f.picklist!, item.key) }))
        : fixed[f.key];
      return {
        key: f.key,
        label: t(`customerTable.fields.${f.key as BuiltinKey}`),
        type: f.type,
        sortable: f.sortable,
        group: f.computed ? 'activity' : 'profile',
        picklist: f.picklist,
        options,
        userKind: f.key === 'team' ? 'team' : f.type === 'user' ? 'user' : undefined,
        defaultWidth: widthFor(f.key, f.type),
        descriptor: {
          key: f.key,
          type: f.picklist ? 'text' : f.type,
          options: fixed[f.key]?.map((o) => o.value),
        },
      };
    });
    const scoreOptionLabel: Record<string, (value: string) => string> = {
      rfm_segment: scoreLabels.segment,
      value_tier_scored: scoreLabels.tier,
      lifecycle_stage_scored: scoreLabels.stage,
    };
    const scores = customerScoreFields.map((f): CatalogField => ({
      key: f.key,
      label: t(`customerTable.fields.${f.key as BuiltinKey}`),
      type: f.type,
      sortable: f.sortable,
      group: 'scores',
      filterOnly: f.type === 'tags',
      options: f.options?.map((value) => ({
        value,
        label: scoreOptionLabel[f.key]?.(value) ?? value,
      })),
      defaultWidth: widthFor(f.key, f.type),
      descriptor: { key: f.key, type: f.type, options: f.options ? [...f.options] : undefined },
    }));
    const customs = (custom ?? [])
      .filter((f) => !f.archived)
      .map((f): CatalogField => {
        const type = customTypes[f.type];
        const options = f.options.map((o) => ({ value: o, label: o }));
        const key = `custom.${f.key}`;
        return {
          key,
          label: f.label,
          type,
          sortable: f.type !== 'multi_select' && f.type !== 'long_text',
          group: 'custom',
          options: options.length ? options : undefined,
          userKind: type === 'user' ? 'user' : undefined,
          custom: f,
          defaultWidth: widthFor(key, type),
          descriptor: { key, type, options: options.length ? f.options : undefined },
        };
      });
    return [...builtin, ...scores, ...customs];
  }, [t, custom, lists, picklistLabel, scoreLabels]);

  const byKey = useMemo(() => new Map(fields.map((f) => [f.key, f])), [fields]);
  return { fields, byKey, loading: customLoading || listsLoading };
};
