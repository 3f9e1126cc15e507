import type { OrderLineInput } from '../../../shared/contracts/orders';
import type { ProductRow } from './products/products.queries';

export type Issue = { path: string; message: string };

export type PricedLine = {
  line_no: number;
  product_id: string;
  product_name: string;
  quantity: number;
  unit_price_cents: number;
  discount_cents: number;
  total_cents: number;
};

/**
 * Prices an order's lines against the catalogue: each line names an existing product (by id or
 * SKU), is in the order's currency, and its discount does not exceed its amount. Problems are
 * collected per line so one reply names them all.
 */
export const priceLines = (
  lines: readonly OrderLineInput[],
  products: readonly ProductRow[],
  currency: string,
): { lines: PricedLine[]; issues: Issue[] } => {
  const byId = new Map(products.map((p) => [p.id, p]));
  const bySku = new Map(products.map((p) => [p.sku.toLowerCase(), p]));
  const issues: Issue[] = [];
  const priced = lines.flatMap((line, i) => {
    const at = `lines.${i}`;
    const product = line.productId ? byId.get(line.productId) : bySku.get(line.sku!.toLowerCase());
    if (!product) {
      issues.push(
        line.productId
          ? { path: `${at}.productId`, message: `${line.productId} is not a product of this organisation` }
          : { path: `${at}.sku`, message: `no product has SKU ${line.sku}` },
      );
      return [];
    }
    if (line.currency && line.currency !== currency) {
      issues.push({
        path: `${at}.currency`,
        message: `is ${line.currency} but the order is in ${currency}; every line must be in the order's currency`,
      });
      return [];
    }
    const unit = line.unitPriceCents ?? product.list_price_cents;
    const gross = unit * line.quantity;
    if (line.discountCents > gross) {
      issues.push({ path: `${at}.discountCents`, message: `must not exceed the line amount (${gross})` });
      return [];
    }
    return [
      {
        line_no: i + 1,
        product_id: product.id,
        product_name: product.name,
        quantity: line.quantity,
        unit_price_cents: unit,
        discount_cents: line.discountCents,
        total_cents: gross - line.discountCents,
      },
    ];
  });
  return { lines: priced, issues };
};

/** Which status changes a person or client may make; refunds move an order to `refunded`. */
const allowedNext: Record<string, readonly string[]> = {
  placed: ['paid', 'shipped', 'completed', 'cancelled'],
  paid: ['shipped', 'completed', 'cancelled'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
  refunded: [],
};

export const canMoveTo = (from: string, to: string) => from === to || allowedNext[from]!.includes(to);
