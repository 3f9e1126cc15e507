import {
  orderImportFields,
  type OrderImportField,
  type OrderImportMapping,
} from '../../../../shared/contracts/order-imports';

/** Fields every order file must fill (the server refuses to start without them). */
export const requiredOrderFields: readonly OrderImportField[] = [
  'orderId',
  'orderedAt',
  'sku',
  'quantity',
  'unitPrice',
];

/** Fields that find a customer; at least one must be mapped. A name alone finds nobody. */
export const customerKeyFields: readonly OrderImportField[] = [
  'customerExternalId',
  'customerPhone',
  'customerEmail',
];

export type MappingConflict = { field: OrderImportField; claimedBy: string };

export type MappingReview = {
  /** Required fields no column fills, in the order of `requiredOrderFields`. */
  missing: OrderImportField[];
  /** No column fills any of `customerKeyFields`. */
  noCustomer: boolean;
  /** Columns that fill a field an earlier column already fills (the server would ignore them). */
  conflicts: Map<string, MappingConflict>;
  ok: boolean;
};

/** What stops a mapping from starting an import, per column where a column is at fault. */
export const reviewOrderMapping = (
  headers: readonly string[],
  mapping: OrderImportMapping,
): MappingReview => {
  const claimed = new Map<OrderImportField, string>();
  const conflicts = new Map<string, MappingConflict>();
  for (const header of headers) {
    const field = mapping[header];
    if (!field) continue;
    const other = claimed.get(field);
    if (other) conflicts.set(header, { field, claimedBy: other });
    else claimed.set(field, header);
  }
  const missing = requiredOrderFields.filter((f) => !claimed.has(f));
  const noCustomer = !customerKeyFields.some((f) => claimed.has(f));
  return { missing, noCustomer, conflicts, ok: missing.length === 0 && !noCustomer && conflicts.size === 0 };
};

const isField = (value: unknown): value is OrderImportField =>
  (orderImportFields as readonly unknown[]).includes(value);

/** The server's suggestion for every header, and "ignore" for headers it did not suggest a field for. */
export const initialOrderMapping = (
  headers: readonly string[],
  suggestions: Record<string, string | null>,
): OrderImportMapping =>
  Object.fromEntries(
    headers.map((h) => {
      const field = suggestions[h];
      return [h, isField(field) ? field : null];
    }),
  );
