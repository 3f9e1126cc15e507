import { sql, type Kysely } from 'kysely';
import type {
  ImportProblemParams,
  OrderImportProblemCode,
} from '../../../../shared/contracts/import-problems';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { newId } from '../../../platform/ids';
import { createCustomersByRef, findCustomersByRef } from '../../customers/index';
import type { OrderContext } from '../order-context';
import { findProductsByRefs, type ProductRow } from '../products/products.queries';
import type { OrderFileLine, RowProblem } from './order-import-rows';

export type OrderImportOptions = {
  createCustomers: boolean;
  createProducts: boolean;
  /** Channel for lines that name none. */
  channel: string;
};

/** One order of the file: its lines, all with the same order id, customer and time. */
export type FileOrder = { orderId: string; lines: OrderFileLine[] };

export type PlannedOrder = FileOrder & { customerId: string | null; channel: string; status: string };

export type BatchPlan = {
  orders: PlannedOrder[];
  /** Orders whose id Kehu already has: imported before, skipped. */
  known: FileOrder[];
  problems: RowProblem[];
  missingCustomers: Map<string, string>;
  missingProducts: Map<string, { sku: string; name: string; cents: number }>;
  products: Map<string, ProductRow>;
};

const customerKey = (c: OrderFileLine['customer']) => c.externalId ?? c.phone ?? c.email ?? '';

/**
 * Checks a batch of orders against the organisation (channel, currency, customers, products,
 * orders already imported) without writing. Every problem names its line; an order with any
 * problem is dropped whole.
 */
export const planOrders = async (
  db: Kysely<DB>,
  actor: Actor,
  context: OrderContext,
  orders: FileOrder[],
  options: OrderImportOptions,
): Promise<BatchPlan> => {
  const problems: RowProblem[] = [];
  const problem = (
    line: OrderFileLine,
    column: string | null,
    value: string | null,
    code: OrderImportProblemCode,
    reason: string,
    params: ImportProblemParams = {},
  ) => problems.push({ line: line.line, column, reason, value, code, params });
  const ids = orders.map((o) => o.orderId);
  // Orders already imported, and returns already applied (their refunds carry `return <id>`).
  const returnReasons = orders.filter((o) => o.lines[0]!.isReturn).map((o) => `return ${o.orderId}`);
  const { rows: existing } = await sql<{ external_id: string }>`
    SELECT external_id FROM orders WHERE org_id = ${actor.orgId} AND external_id = ANY(${ids}::text[])
    UNION
    SELECT DISTINCT substr(reason, 8) FROM order_refunds
    WHERE org_id = ${actor.orgId} AND reason = ANY(${returnReasons}::text[])`.execute(db);
  const known = new Set(existing.map((r) => r.external_id));
  const refs = new Map<string, OrderFileLine['customer']>();
  for (const o of orders) refs.set(customerKey(o.lines[0]!.customer), o.lines[0]!.customer);
  const found = await findCustomersByRef(db, actor, [...refs.values()]);
  const customerIds = new Map([...refs.keys()].map((k, i) => [k, found[i]?.id ?? null]));
  const skus = [...new Set(orders.flatMap((o) => o.lines.map((l) => l.sku)))];
  const products = new Map(
    (await findProductsByRefs(db, actor.orgId, { ids: [], skus })).map((p) => [p.sku.toLowerCase(), p]),
  );
  const missingCustomers = new Map<string, string>();
  const missingProducts = new Map<string, { sku: string; name: string; cents: number }>();
  const planned: PlannedOrder[] = [];
  const seen = new Set<string>();
  for (const order of orders) {
    if (known.has(order.orderId)) continue;
    if (seen.has(order.orderId)) {
      problem(
        order.lines[0]!,
        null,
        order.orderId,
        'order_split',
        `order ${order.orderId} appeared earlier in the file; keep an order's lines together`,
        { orderId: order.orderId },
      );
      continue;
    }
    seen.add(order.orderId);
    const before = problems.length;
    const first = order.lines[0]!;
    const newProducts: { sku: string; name: string; cents: number }[] = [];
    const key = customerKey(first.customer);
    const channel = first.channel ?? options.channel;
    if (!context.channels.includes(channel))
      problem(
        first,
        'channel',
        channel,
        'unknown_channel',
        `is not a sales channel of this organisation (${context.channels.join(', ')})`,
        { allowed: context.channels.join(', ') },
      );
    for (const line of order.lines) {
      if (customerKey(line.customer) !== key || line.orderedAt !== first.orderedAt)
        problem(
          line,
          null,
          null,
          'lines_differ',
          `differs from line ${first.line} of order ${order.orderId} in customer or time`,
          { firstLine: first.line, orderId: order.orderId },
        );
      if (line.currency && line.currency !== context.currency)
        problem(
          line,
          'currency',
          line.currency,
          'wrong_currency',
          `is ${line.currency} but this organisation records orders in ${context.currency}`,
          { currency: line.currency, expected: context.currency },
        );
      if (line.isReturn !== first.isReturn)
        problem(
          line,
          'quantity',
          String(line.quantity),
          'mixed_return',
          `mixes returns and purchases in order ${order.orderId}`,
          { orderId: order.orderId },
        );
      if (!products.has(line.sku.toLowerCase())) {
        if (options.createProducts)
          newProducts.push({
            sku: line.sku,
            name: line.productName ?? line.sku,
            cents: Math.max(0, line.unitCents),
          });
        else
          problem(
            line,
            'sku',
            line.sku,
            'unknown_product',
            'is not a product of this organisation (allow creating unknown products to add it)',
          );
      }
    }
    const customerId = customerIds.get(key) ?? null;
    if (!customerId && options.createCustomers && !first.customer.externalId)
      problem(
        first,
        null,
        key,
        'customer_needs_id',
        'names no customer you can see; only customers with an id can be created',
      );
    else if (!customerId && !options.createCustomers)
      problem(
        first,
        null,
        key,
        'unknown_customer',
        'names no customer you can see (allow creating unknown customers to add them)',
      );
    if (problems.length > before) continue;
    if (!customerId)
      missingCustomers.set(first.customer.externalId!, first.customer.name ?? first.customer.externalId!);
    for (const p of newProducts)
      if (!missingProducts.has(p.sku.toLowerCase())) missingProducts.set(p.sku.toLowerCase(), p);
    planned.push({
      ...order,
      customerId,
      channel,
      status: first.isReturn ? 'return' : (first.status ?? 'completed'),
    });
  }
  return {
    orders: planned,
    known: orders.filter((o) => known.has(o.orderId)),
    problems,
    missingCustomers,
    missingProducts,
    products,
  };
};

/** Creates the customers and products a plan lacks, filling in the plan's ids. */
export const createMissing = async (db: Kysely<DB>, actor: Actor, plan: BatchPlan) => {
  if (plan.missingCustomers.size > 0) {
    const entries = [...plan.missingCustomers];
    const ids = await createCustomersByRef(
      db,
      actor,
      entries.map(([externalId, name]) => ({ name, externalId, source: 'import' })),
    );
    const byExternal = new Map(entries.map(([externalId], i) => [externalId, ids[i]!]));
    for (const order of plan.orders)
      order.customerId ??= byExternal.get(order.lines[0]!.customer.externalId ?? '') ?? null;
  }
  if (plan.missingProducts.size > 0) {
    const rows = [...plan.missingProducts.values()].map((p) => ({
      org_id: actor.orgId,
      id: newId(),
      sku: p.sku,
      name: p.name,
      list_price_cents: p.cents,
    }));
    const inserted = await db.insertInto('products').values(rows).returningAll().execute();
    for (const p of inserted) plan.products.set(p.sku.toLowerCase(), p);
  }
};
