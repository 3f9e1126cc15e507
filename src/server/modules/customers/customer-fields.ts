import { sql, type RawBuilder } from 'kysely';
import {
  customerFields,
  customerScoreFields,
  type CustomerFieldInfo,
} from '../../../shared/customers/customer-fields';
import { averageMonthDays } from '../../../shared/customers/purchase-pace';
import type { FieldType } from '../../../shared/filter/filter';
import type { SortValueKind } from '../../platform/keyset-sort';
import {
  fieldRegistry,
  type FieldDefinition,
  type FieldRegistry,
} from '../../platform/filter/compile-filter';
import type { CustomFieldRow } from './custom-fields/custom-fields.queries';

/**
 * SQL for each built-in field over the list query's aliases: `c` customers, `r` rollups,
 * `co` the customer's company, `s` the analytics scores. Ids compare as text so a malformed id in a filter matches
 * nothing instead of failing the query.
 */
const builtinExpressions: Record<string, RawBuilder<unknown>> = {
  name: sql`c.name`,
  kind: sql`c.kind`,
  company: sql`co.name`,
  title: sql`c.title`,
  gender: sql`c.gender`,
  birthday: sql`c.birthday`,
  primary_phone: sql`c.primary_phone`,
  primary_email: sql`c.primary_email`,
  province: sql`c.province`,
  city: sql`c.city`,
  district: sql`c.district`,
  source: sql`c.source`,
  category: sql`c.category`,
  value_tier: sql`c.value_tier`,
  lifecycle_stage: sql`c.lifecycle_stage`,
  owner: sql`c.owner_id::text`,
  team: sql`c.team_id::text`,
  tags: sql`c.tags`,
  external_id: sql`c.external_id`,
  created_at: sql`c.created_at`,
  updated_at: sql`c.updated_at`,
  last_contact_at: sql`r.last_contact_at`,
  order_count: sql`r.order_count`,
  revenue: sql`r.revenue_cents`,
  first_order_at: sql`r.first_order_at`,
  last_order_at: sql`r.last_order_at`,
  avg_order_value: sql`r.avg_order_cents`,
  favourite_category: sql`r.favourite_category`,
  favourite_product: sql`r.favourite_product`,
  preferred_channel: sql`r.preferred_channel`,
  // The same numbers as shared/customers/purchase-pace.ts.
  days_since_last_order: sql`floor(extract(epoch FROM now() - r.last_order_at) / 86400)`,
  purchase_frequency: sql`CASE WHEN r.order_count = 0 THEN 0 ELSE round((r.order_count /
    greatest(1, extract(epoch FROM now() - r.first_order_at) / ${averageMonthDays * 86_400}))::numeric, 2) END`,
  rfm_segment: sql`s.rfm_segment`,
  rfm_code: sql`s.rfm_code`,
  rfm_r: sql`s.rfm_r`,
  rfm_f: sql`s.rfm_f`,
  rfm_m: sql`s.rfm_m`,
  value_tier_scored: sql`s.value_tier`,
  lifecycle_stage_scored: sql`s.lifecycle_stage`,
  lifecycle_stage_since: sql`s.stage_since`,
  p_alive: sql`s.p_alive`,
  expected_purchases: sql`s.expected_purchases`,
  predicted_clv: sql`s.predicted_clv_cents`,
  historical_clv: sql`s.historical_clv_cents`,
  value_at_risk: sql`s.value_at_risk_cents`,
  purchase_days: sql`s.purchase_days`,
  first_purchase_on: sql`s.first_purchase_on`,
  last_purchase_on: sql`s.last_purchase_on`,
  cohort: sql`s.cohort`,
  purchase_months: sql`s.purchase_months`,
  churn_periods: sql`s.churn_periods`,
};

/** Built-in sort fields stored NOT NULL: they sort without a NULLS clause, matching plain indexes. */
const notNull = new Set(['name', 'kind', 'created_at', 'updated_at', 'order_count', 'revenue']);

/** Sorting by name uses the lower-cased key, which the name index covers. */
const sortOverrides: Record<string, RawBuilder<unknown>> = { name: sql`c.name_key` };

const customFieldType: Record<string, FieldType> = {
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

const customExpression = (field: CustomFieldRow): RawBuilder<unknown> => {
  switch (field.type) {
    case 'number':
    case 'money':
      return sql`(c.custom->>${field.key})::numeric`;
    case 'date':
      return sql`(c.custom->>${field.key})::date`;
    case 'boolean':
      return sql`(c.custom->>${field.key})::boolean`;
    case 'multi_select':
      return sql`kehu_text_array(c.custom->${field.key})`;
    default:
      return sql`(c.custom->>${field.key})`;
  }
};

export type CustomerField = FieldDefinition & {
  sortable: boolean;
  sortExpression: RawBuilder<unknown>;
  sortKind: SortValueKind;
  sortNullable: boolean;
};

/** Stored as `date`, not `timestamptz`. */
const dateOnly = new Set(['birthday', 'first_purchase_on', 'last_purchase_on']);

/** Timestamps sort as times; birthdays, purchase days and custom dates as dates. */
const sortKindOf = (key: string, type: FieldType): SortValueKind => {
  if (type === 'number' || type === 'money') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'date') return dateOnly.has(key) || key.startsWith('custom.') ? 'date' : 'time';
  return 'text';
};

const fixedEnumOptions: Record<string, readonly string[]> = {
  kind: ['person', 'company'],
  gender: ['female', 'male', 'other'],
};

/** Every field of this organisation's customers: built-in, rollups, analytics scores and its custom fields. */
export const customerFieldDefinitions = (custom: readonly CustomFieldRow[]): CustomerField[] => [
  ...[...customerFields, ...customerScoreFields].map((f: CustomerFieldInfo) => ({
    key: f.key,
    // Picklist values are admin-edited, so the filter accepts any text for them.
    type: f.picklist ? ('text' as const) : f.type,
    options: f.options ?? fixedEnumOptions[f.key],
    expression: builtinExpressions[f.key]!,
    sortable: f.sortable,
    sortExpression: sortOverrides[f.key] ?? builtinExpressions[f.key]!,
    sortKind: sortKindOf(f.key, f.type),
    sortNullable: !notNull.has(f.key),
  })),
  ...custom
    .filter((f) => !f.archived_at)
    .map((f) => ({
      key: `custom.${f.key}`,
      type: customFieldType[f.type]!,
      options: f.type === 'select' || f.type === 'multi_select' ? f.options : undefined,
      expression: customExpression(f),
      sortable: f.type !== 'multi_select' && f.type !== 'long_text',
      sortExpression: customExpression(f),
      sortKind: sortKindOf(`custom.${f.key}`, customFieldType[f.type]!),
      sortNullable: true,
    })),
];

export const customerFieldRegistry = (custom: readonly CustomFieldRow[]): FieldRegistry =>
  fieldRegistry(customerFieldDefinitions(custom));
