import type { SavedViewColumn, SavedViewDefinition } from '../../../../shared/contracts/saved-views';
import { formatSort, parseSort, type SortKey } from '../../../../shared/customers/customer-fields';
import { conditionsOf, type FilterNode } from '../../../../shared/filter/filter';

/** What the table shows when no view is chosen (and after "reset to default"). */
export const defaultColumns: SavedViewColumn[] = [
  { key: 'name' },
  { key: 'primary_phone' },
  { key: 'category' },
  { key: 'value_tier' },
  { key: 'owner' },
  { key: 'tags' },
  { key: 'revenue' },
  { key: 'last_contact_at' },
];

export const defaultPageSize = 50;
export const maxSortKeys = 4;

export const defaultDefinition = (): SavedViewDefinition => ({
  columns: defaultColumns,
  sort: '',
  pageSize: defaultPageSize,
});

/** Drops empty parts so two definitions that show the same table compare equal. */
const normalise = (d: SavedViewDefinition) => ({
  columns: d.columns.map((c) => (c.width ? { key: c.key, width: c.width } : { key: c.key })),
  sort: d.sort || '',
  filter: d.filter && conditionCount(d.filter as FilterNode) > 0 ? d.filter : undefined,
  q: d.q?.trim() || undefined,
  segmentId: d.segmentId || undefined,
  pageSize: d.pageSize ?? defaultPageSize,
});

/** JSON with object keys sorted: the server stores definitions as jsonb, which reorders keys. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
};

export const sameDefinition = (a: SavedViewDefinition, b: SavedViewDefinition) =>
  canonical(normalise(a)) === canonical(normalise(b));

/** The definition as it is sent to the server: no empty filter, search or segment. */
export const cleanDefinition = (d: SavedViewDefinition): SavedViewDefinition => {
  const n = normalise(d);
  return Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)) as SavedViewDefinition;
};

export const conditionCount = (filter: FilterNode | undefined) => (filter ? conditionsOf(filter).length : 0);

/**
 * Clicking a column title: a new key is added (ascending) after the others, an ascending one turns
 * descending, a descending one is dropped. Returns null when a fifth key would be added.
 */
export const cycleSort = (sort: string, key: string): string | null => {
  const keys: SortKey[] = parseSort(sort);
  const at = keys.findIndex((k) => k.key === key);
  if (at === -1) {
    if (keys.length >= maxSortKeys) return null;
    return formatSort([...keys, { key, descending: false }]);
  }
  if (!keys[at]!.descending)
    return formatSort(keys.map((k, i) => (i === at ? { ...k, descending: true } : k)));
  return formatSort(keys.filter((_, i) => i !== at));
};
