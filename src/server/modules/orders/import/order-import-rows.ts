import type {
  ImportProblemParams,
  OrderImportProblemCode,
} from '../../../../shared/contracts/import-problems';
import type { OrderImportField } from './order-import-fields';

/** A problem of one line: where, the English reason, and its code and the params of its sentence. */
export type RowProblem = {
  line: number;
  column: string | null;
  reason: string;
  value: string | null;
  code: OrderImportProblemCode;
  params: ImportProblemParams;
};

/** One checked line of an order file. Money in minor units; time as the file wrote it (local). */
export type OrderFileLine = {
  line: number;
  orderId: string;
  orderedAt: string;
  customer: { externalId?: string; phone?: string; email?: string; name?: string };
  sku: string;
  productName: string | null;
  quantity: number;
  unitCents: number;
  discountCents: number;
  channel: string | null;
  status: string | null;
  currency: string | null;
  /** A return: a negative quantity on a cancellation (order id starting with C, or status cancelled/refunded). */
  isReturn: boolean;
};

const statusWords: Record<string, string> = {
  placed: 'placed',
  paid: 'paid',
  shipped: 'shipped',
  completed: 'completed',
  complete: 'completed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  refunded: 'refunded',
  已下单: 'placed',
  待付款: 'placed',
  已付款: 'paid',
  已发货: 'shipped',
  已完成: 'completed',
  交易成功: 'completed',
  已取消: 'cancelled',
  已退款: 'refunded',
  退货: 'refunded',
};

/** `2011-12-09 12:50:00`, `2011/12/9 12:50`, `2011-12-09T12:50:00`, `20111209`: a local date and time. */
export const parseLocalTime = (text: string): string | null => {
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
  if (date.getUTCMonth() !== +mo! - 1 || date.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59)
    return null;
  return date.toISOString().slice(0, 19).replace('T', ' ');
};

/** 2.55, 1,234.50, ¥12, -3 → minor units (rounded to the cent), or null. */
export const parseCents = (text: string): number | null => {
  const cleaned = text.replace(/[,\s¥$€£元]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
};

/**
 * Reads one row as an order line, or the problems that stop it (line, column, reason). Pure:
 * customers and products are looked up later, per batch.
 */
export const readOrderLine = (
  line: number,
  cells: readonly string[],
  columns: ReadonlyMap<OrderImportField, { index: number; header: string }>,
): { ok: true; value: OrderFileLine } | { ok: false; problems: RowProblem[] } => {
  const problems: RowProblem[] = [];
  const cell = (f: OrderImportField) => {
    const c = columns.get(f);
    return c ? (cells[c.index] ?? '').trim() : '';
  };
  const fail = (
    f: OrderImportField,
    code: OrderImportProblemCode,
    reason: string,
    params: ImportProblemParams = {},
  ) =>
    problems.push({
      line,
      column: columns.get(f)?.header ?? f,
      reason,
      value: cell(f).slice(0, 200) || null,
      code,
      params,
    });
  const orderId = cell('orderId');
  if (!orderId) fail('orderId', 'order_id_missing', 'is empty; every line needs the id of its order');
  else if (orderId.length > 100)
    fail('orderId', 'order_id_too_long', 'is longer than 100 characters', { max: 100 });
  const orderedAt = parseLocalTime(cell('orderedAt'));
  if (!orderedAt) fail('orderedAt', 'bad_time', 'is not a date and time; write it as 2024-01-31 14:05');
  const customer = {
    externalId: cell('customerExternalId') || undefined,
    phone: cell('customerPhone') || undefined,
    email: cell('customerEmail') || undefined,
    name: cell('customerName') || undefined,
  };
  if (!customer.externalId && !customer.phone && !customer.email)
    problems.push({
      line,
      column: null,
      reason: 'names no customer (customer id, phone or email)',
      value: null,
      code: 'no_customer_ref',
      params: {},
    });
  const sku = cell('sku');
  if (!sku) fail('sku', 'sku_missing', 'is empty; every line needs the product code');
  else if (sku.length > 64 || /[\s,;]/.test(sku))
    fail('sku', 'bad_sku', 'must be at most 64 characters without spaces, commas or semicolons', { max: 64 });
  const quantityText = cell('quantity');
  const quantity = /^-?\d+$/.test(quantityText) ? Number(quantityText) : NaN;
  const status = cell('status') ? (statusWords[cell('status').toLowerCase()] ?? null) : null;
  if (cell('status') && !status)
    fail(
      'status',
      'bad_status',
      'is not an order status (placed, paid, shipped, completed, cancelled, refunded)',
    );
  const isReturn = quantity < 0 && (/^c/i.test(orderId) || status === 'cancelled' || status === 'refunded');
  if (!Number.isSafeInteger(quantity) || quantity === 0 || Math.abs(quantity) > 1_000_000)
    fail('quantity', 'bad_quantity', 'must be a whole number of items, not 0');
  else if (quantity < 0 && !isReturn)
    fail(
      'quantity',
      'negative_quantity',
      'is negative outside a refund; returns belong to a cancellation order (id starting with C)',
    );
  const unitCents = cell('unitPrice') ? parseCents(cell('unitPrice')) : null;
  if (unitCents === null || unitCents < 0)
    fail('unitPrice', 'bad_price', 'must be a price of 0 or more, like 12.50');
  const discountCents = cell('discount') ? parseCents(cell('discount')) : 0;
  if (discountCents === null || discountCents < 0)
    fail('discount', 'bad_discount', 'must be an amount of 0 or more');
  const currency = cell('currency') ? cell('currency').toUpperCase() : null;
  if (currency && !/^[A-Z]{3}$/.test(currency))
    fail('currency', 'bad_currency', 'must be a three-letter code such as CNY');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      line,
      orderId,
      orderedAt: orderedAt!,
      customer,
      sku,
      productName: cell('productName').slice(0, 200) || null,
      quantity,
      unitCents: unitCents!,
      discountCents: discountCents!,
      channel: cell('channel') || null,
      status,
      currency,
      isReturn,
    },
  };
};
