import type { FieldType } from '../filter/filter';
import { lifecycleStages, rfmSegments, valueTiers } from '../contracts/analytics';

/**
 * The built-in customer fields the table can show, filter and sort by. Custom fields join them
 * as `custom.<key>`. Keys are the filter language's field names and the `sort` parameter's.
 */
export type CustomerFieldInfo = {
  key: string;
  type: FieldType;
  sortable: boolean;
  /** Picklist the values come from, when the field is one. */
  picklist?: 'category' | 'value_tier' | 'lifecycle_stage' | 'source';
  /** Computed by other modules; read-only in forms. */
  computed?: boolean;
  /** The values an enum field takes, when they are fixed. */
  options?: readonly string[];
};

export const customerFields: readonly CustomerFieldInfo[] = [
  { key: 'name', type: 'text', sortable: true },
  { key: 'kind', type: 'enum', sortable: true },
  { key: 'company', type: 'text', sortable: false },
  { key: 'title', type: 'text', sortable: false },
  { key: 'gender', type: 'enum', sortable: false },
  { key: 'birthday', type: 'date', sortable: true },
  { key: 'primary_phone', type: 'text', sortable: false },
  { key: 'primary_email', type: 'text', sortable: false },
  { key: 'province', type: 'text', sortable: true },
  { key: 'city', type: 'text', sortable: true },
  { key: 'district', type: 'text', sortable: false },
  { key: 'source', type: 'enum', sortable: true, picklist: 'source' },
  { key: 'category', type: 'enum', sortable: true, picklist: 'category' },
  { key: 'value_tier', type: 'enum', sortable: true, picklist: 'value_tier' },
  { key: 'lifecycle_stage', type: 'enum', sortable: true, picklist: 'lifecycle_stage' },
  { key: 'owner', type: 'user', sortable: false },
  { key: 'team', type: 'user', sortable: false },
  { key: 'tags', type: 'tags', sortable: false },
  { key: 'external_id', type: 'text', sortable: false },
  { key: 'created_at', type: 'date', sortable: true },
  { key: 'updated_at', type: 'date', sortable: true },
  { key: 'last_contact_at', type: 'date', sortable: true, computed: true },
  { key: 'order_count', type: 'number', sortable: true, computed: true },
  { key: 'revenue', type: 'money', sortable: true, computed: true },
  { key: 'first_order_at', type: 'date', sortable: true, computed: true },
  { key: 'last_order_at', type: 'date', sortable: true, computed: true },
  { key: 'avg_order_value', type: 'money', sortable: true, computed: true },
  { key: 'favourite_category', type: 'text', sortable: false, computed: true },
  { key: 'favourite_product', type: 'text', sortable: false, computed: true },
  { key: 'preferred_channel', type: 'text', sortable: false, computed: true },
  // These two move with the clock, so they filter but do not sort (last order date sorts).
  { key: 'days_since_last_order', type: 'number', sortable: false, computed: true },
  { key: 'purchase_frequency', type: 'number', sortable: false, computed: true },
];

/**
 * The analytics scores (as of the last refresh; empty until the first): filter and sort fields
 * kept apart from `customerFields` so that lists of the table's own columns (export, column
 * chooser) take them on deliberately, with labels and cells of their own.
 */
export const customerScoreFields: readonly CustomerFieldInfo[] = [
  { key: 'rfm_segment', type: 'enum', sortable: true, computed: true, options: rfmSegments },
  { key: 'rfm_code', type: 'text', sortable: true, computed: true },
  { key: 'rfm_r', type: 'number', sortable: true, computed: true },
  { key: 'rfm_f', type: 'number', sortable: true, computed: true },
  { key: 'rfm_m', type: 'number', sortable: true, computed: true },
  { key: 'value_tier_scored', type: 'enum', sortable: true, computed: true, options: valueTiers },
  { key: 'lifecycle_stage_scored', type: 'enum', sortable: true, computed: true, options: lifecycleStages },
  { key: 'lifecycle_stage_since', type: 'date', sortable: true, computed: true },
  { key: 'p_alive', type: 'number', sortable: true, computed: true },
  { key: 'expected_purchases', type: 'number', sortable: true, computed: true },
  { key: 'predicted_clv', type: 'money', sortable: true, computed: true },
  { key: 'historical_clv', type: 'money', sortable: true, computed: true },
  { key: 'value_at_risk', type: 'money', sortable: true, computed: true },
  { key: 'purchase_days', type: 'number', sortable: true, computed: true },
  { key: 'first_purchase_on', type: 'date', sortable: true, computed: true },
  { key: 'last_purchase_on', type: 'date', sortable: true, computed: true },
  { key: 'cohort', type: 'text', sortable: true, computed: true },
  { key: 'purchase_months', type: 'tags', sortable: false, computed: true },
  { key: 'churn_periods', type: 'tags', sortable: false, computed: true },
];

export type SortKey = { key: string; descending: boolean };

/** `-revenue,name` → [{ key: 'revenue', descending: true }, { key: 'name', descending: false }]. */
export const parseSort = (sort: string | undefined): SortKey[] =>
  (sort ?? '')
    .split(',')
    .filter(Boolean)
    .map((part) => ({ key: part.replace(/^-/, ''), descending: part.startsWith('-') }));

export const formatSort = (keys: readonly SortKey[]): string =>
  keys.map((k) => `${k.descending ? '-' : ''}${k.key}`).join(',');
