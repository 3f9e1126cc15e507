import type { Order, OrderSummary } from '../../../shared/contracts/orders';
import type { LineRow, OrderRow, RefundRow } from './orders.queries';

export const netCents = (row: Pick<OrderRow, 'status' | 'total_cents' | 'refunded_cents'>) =>
  row.status === 'cancelled' ? 0 : row.total_cents - row.refunded_cents;

export const toOrderSummary = (row: OrderRow): OrderSummary => ({
  id: row.id,
  customerId: row.customer_id,
  customerName: row.customer_name,
  externalId: row.external_id,
  status: row.status,
  channel: row.channel,
  currency: row.currency.trim(),
  orderedAt: row.ordered_at.toISOString(),
  totalCents: row.total_cents,
  refundedCents: row.refunded_cents,
  netCents: netCents(row),
  note: row.note,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  lineCount: row.line_count,
});

export const toOrder = (row: OrderRow, lines: LineRow[], refunds: RefundRow[]): Order => {
  const { lineCount: _count, ...summary } = toOrderSummary(row);
  return {
    ...summary,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      productId: l.product_id,
      productName: l.product_name,
      quantity: l.quantity,
      unitPriceCents: l.unit_price_cents,
      discountCents: l.discount_cents,
      totalCents: l.total_cents,
      refundedQuantity: l.refunded_quantity,
      refundedCents: l.refunded_cents,
    })),
    refunds: refunds.map((r) => ({
      id: r.id,
      lineNo: r.line_no,
      quantity: r.quantity,
      amountCents: r.amount_cents,
      reason: r.reason,
      refundedAt: r.refunded_at.toISOString(),
    })),
  };
};

/** What the audit log keeps of an order. */
export const orderAuditView = (o: {
  customerId: string;
  status: string;
  channel: string;
  orderedAt: string;
  totalCents: number;
  externalId: string | null;
  note: string | null;
  lines: { productId: string; quantity: number; unitPriceCents: number; discountCents: number }[];
}) => ({
  customerId: o.customerId,
  status: o.status,
  channel: o.channel,
  orderedAt: o.orderedAt,
  totalCents: o.totalCents,
  externalId: o.externalId,
  note: o.note,
  lines: o.lines.map((l) => `${l.productId} × ${l.quantity} @ ${l.unitPriceCents} − ${l.discountCents}`),
});
