import type { OrderCreateInput } from '../../../../shared/contracts/orders';

/** A line as the form holds it: money in major units (¥128.00), as typed. */
export type DraftLine = {
  productId?: string | null;
  quantity?: number | null;
  unitPrice?: number | null;
  discount?: number | null;
};

export type OrderDraft = {
  customerId?: string | null;
  channel?: string | null;
  /** ISO 8601 time, fixed when the form opens so a retried submit sends the same body. */
  orderedAt: string;
  externalId?: string | null;
  note?: string | null;
  lines: DraftLine[];
};

type Money = { toMinor: (amount: number) => number };

/** A line's total in minor units: price × quantity less discount, never below zero. */
export const lineCents = (line: DraftLine, money: Money): number => {
  const gross = money.toMinor(line.unitPrice ?? 0) * (line.quantity ?? 0);
  return Math.max(0, gross - money.toMinor(line.discount ?? 0));
};

export const draftCents = (lines: readonly DraftLine[], money: Money): number =>
  lines.reduce((sum, line) => sum + lineCents(line, money), 0);

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** The request body for a draft; blank optional fields are left out. */
export const toOrderCreate = (draft: OrderDraft, money: Money): OrderCreateInput => ({
  customerId: draft.customerId ?? undefined,
  channel: draft.channel ?? '',
  orderedAt: draft.orderedAt,
  externalId: text(draft.externalId),
  note: text(draft.note),
  lines: draft.lines.map((line) => ({
    productId: line.productId ?? undefined,
    quantity: line.quantity ?? 0,
    ...(line.unitPrice === null || line.unitPrice === undefined
      ? {}
      : { unitPriceCents: money.toMinor(line.unitPrice) }),
    discountCents: money.toMinor(line.discount ?? 0),
  })),
});

const lineFields: Record<string, keyof DraftLine> = {
  productId: 'productId',
  sku: 'productId',
  currency: 'productId',
  quantity: 'quantity',
  unitPriceCents: 'unitPrice',
  discountCents: 'discount',
};
const orderFields: Record<string, keyof OrderDraft> = {
  customerId: 'customerId',
  customer: 'customerId',
  channel: 'channel',
  orderedAt: 'orderedAt',
  externalId: 'externalId',
  note: 'note',
  lines: 'lines',
};

/**
 * The form field a server issue belongs to: `body.lines.0.quantity` → ['lines', 0, 'quantity'],
 * `body.lines.1.discountCents` → ['lines', 1, 'discount']. Null when the form has no such field.
 */
export const draftFieldOfIssue = (path: string): (string | number)[] | null => {
  const [head, index, field] = path.replace(/^body[./]/, '').split(/[./]/);
  if (head === 'lines' && index !== undefined && /^\d+$/.test(index)) {
    const name = lineFields[field ?? 'productId'];
    return name ? ['lines', Number(index), name] : null;
  }
  const name = head === undefined ? undefined : orderFields[head];
  return name ? [name] : null;
};
