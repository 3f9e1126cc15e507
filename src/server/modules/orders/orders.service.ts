import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { OrderCreate, OrderListQuery, OrderUpdate } from '../../../shared/contracts/orders';
import type { DB } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { staleVersion } from '../../platform/concurrency';
import type { Deps } from '../../platform/deps';
import { once } from '../../platform/idempotency';
import { newId } from '../../platform/ids';
import { pageFrom } from '../../platform/keyset';
import { decodeSortCursor, type SortColumn } from '../../platform/keyset-sort';
import { transact, type Emit } from '../../platform/transaction';
import { addTimelineEvents, findCustomersByRef, visibleCustomers } from '../customers/index';
import { checkChannel, checkCurrency, checkOrderedAt, loadOrderContext } from './order-context';
import { canMoveTo, priceLines, type Issue } from './order-lines';
import { orderAuditView, toOrder, toOrderSummary } from './order-record';
import {
  findOrderRow,
  insertLines,
  listOrderRows,
  orderLines,
  orderRefunds,
  replaceLines,
} from './orders.queries';
import { findProductsByRefs } from './products/products.queries';
import { lockRollups, refreshPurchaseRollups } from './rollups/purchase-rollups.queries';

export const orderNotFound = (id: string) => new AppError('NOT_FOUND', `Order ${id} not found`);

export const invalidOrder = (issues: Issue[]) =>
  new AppError(
    'INVALID_INPUT',
    `The order cannot be saved: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    {
      issues: issues.map((i) => ({ path: `body.${i.path}`, message: i.message })),
    },
  );

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Reads a whole order as the API shows it, within `db` (a transaction sees its own writes). */
export const readOrder = async (db: Kysely<DB>, actor: Actor, id: string) => {
  const row = await findOrderRow(db, actor.orgId, id, visibleCustomers(actor));
  if (!row) throw orderNotFound(id);
  return toOrder(row, await orderLines(db, actor.orgId, id), await orderRefunds(db, actor.orgId, id));
};

/**
 * Recomputes the customers' purchase rollups after an order change and tells their viewers.
 * The rollup rows are locked first, so the recomputation's statements see every order
 * committed before them: concurrent orders for one customer queue here and none is lost.
 */
export const afterOrderChange = async (
  tx: Kysely<DB>,
  actor: Actor,
  emit: Emit,
  customerIds: string[],
  onlyProducts?: string[],
) => {
  await lockRollups(tx, actor.orgId, customerIds);
  await refreshPurchaseRollups(tx, actor.orgId, customerIds, onlyProducts);
  for (const id of new Set(customerIds))
    emit({ entityType: 'customers', entityId: id, action: 'update', permission: 'customers.read' });
};

/** Newest first: the order of every order list, and what its cursor holds. */
const orderListOrder: SortColumn[] = [
  { expression: sql`o.ordered_at`, descending: true, kind: 'time', nullable: false },
  { expression: sql`o.id`, descending: true, kind: 'id', nullable: false },
];

const money = (cents: number, currency: string) => `${currency} ${(cents / 100).toFixed(2)}`;

export const createOrdersService = (deps: Deps) => ({
  async getOrder(actor: Actor, id: string) {
    return readOrder(deps.readDb, actor, id);
  },

  async listOrders(actor: Actor, query: OrderListQuery) {
    const after = decodeSortCursor(query.cursor, orderListOrder) as [string, string] | undefined;
    const rows = await listOrderRows(deps.readDb, actor.orgId, visibleCustomers(actor), {
      ...query,
      after,
    });
    const page = pageFrom(rows, query.limit, (r) => [r.ordered_key, r.id]);
    return { data: page.data.map(toOrderSummary), nextCursor: page.nextCursor };
  },

  /**
   * Records an order with its lines and brings the customer's rollups up to date in the same
   * transaction. With an idempotency key, a retry returns the first reply and writes nothing.
   */
  async createOrder(actor: Actor, input: OrderCreate, idempotencyKey?: string) {
    return transact(deps, actor, (tx, emit) =>
      once(tx, { orgId: actor.orgId, scope: 'orders.create', key: idempotencyKey, body: input }, async () => {
        const issues: Issue[] = [];
        const context = await loadOrderContext(tx, actor.orgId);
        const currency = checkCurrency(context, input.currency, issues);
        checkChannel(context, input.channel, issues);
        const orderedAt = checkOrderedAt(input.orderedAt, issues);
        const [customer] = await findCustomersByRef(tx, actor, [
          input.customerId ? { id: input.customerId } : input.customer!,
        ]);
        if (!customer)
          issues.push(
            input.customerId
              ? { path: 'customerId', message: `${input.customerId} is not a customer you can see` }
              : { path: 'customer', message: 'no customer you can see has this external id, phone or email' },
          );
        const products = await findProductsByRefs(tx, actor.orgId, {
          ids: input.lines.flatMap((l) => (l.productId ? [l.productId] : [])),
          skus: input.lines.flatMap((l) => (l.productId ? [] : [l.sku!])),
        });
        const priced = priceLines(input.lines, products, currency);
        issues.push(...priced.issues);
        if (issues.length > 0 || !customer) throw invalidOrder(issues);
        const id = newId();
        const total = priced.lines.reduce((sum, l) => sum + l.total_cents, 0);
        try {
          await tx
            .insertInto('orders')
            .values({
              org_id: actor.orgId,
              id,
              customer_id: customer.id,
              external_id: input.externalId ?? null,
              status: input.status,
              channel: input.channel,
              currency,
              ordered_at: orderedAt,
              total_cents: total,
              note: input.note ?? null,
              created_by: actor.userId,
            })
            .execute();
        } catch (error) {
          if (isUniqueViolation(error))
            throw new AppError('CONFLICT', `An order with external id ${input.externalId} already exists`, {
              issues: [{ path: 'body.externalId', message: 'is already used by another order' }],
            });
          throw error;
        }
        await insertLines(tx, actor.orgId, id, priced.lines);
        const order = await readOrder(tx, actor, id);
        await addTimelineEvents(tx, actor, [
          {
            customerId: customer.id,
            type: 'order.placed',
            at: orderedAt,
            summary: `${input.externalId ?? id.slice(-8)} · ${money(total, currency)}`,
            data: { orderId: id, totalCents: total, currency, status: input.status, channel: input.channel },
          },
        ]);
        await writeAudit(tx, actor, {
          action: 'create',
          entityType: 'order',
          entityId: id,
          after: orderAuditView(order),
        });
        // Last, so the customer's rollup row stays locked for as short a time as possible: a
        // customer's concurrent orders queue on it. A new order changes the per-product figures
        // of its own products only.
        const bought = priced.lines.map((l) => l.product_id);
        await afterOrderChange(tx, actor, emit, [customer.id], bought);
        emit({ entityType: 'orders', entityId: id, action: 'create', permission: 'orders.read' });
        return order;
      }),
    );
  },

  /** Edits an order: status forward (or cancelled), channel, time, note, customer, and lines while unrefunded. */
  async updateOrder(actor: Actor, id: string, input: OrderUpdate) {
    return transact(deps, actor, async (tx, emit) => {
      const row = await findOrderRow(tx, actor.orgId, id, visibleCustomers(actor), true);
      if (!row) throw orderNotFound(id);
      const before = await readOrder(tx, actor, id);
      if (row.version !== input.version) throw staleVersion('order', before);
      const issues: Issue[] = [];
      const context = await loadOrderContext(tx, actor.orgId);
      if (input.status && !canMoveTo(row.status, input.status))
        issues.push({
          path: 'status',
          message: `an order that is ${row.status} cannot become ${input.status}`,
        });
      if (input.channel) checkChannel(context, input.channel, issues);
      const orderedAt = input.orderedAt ? checkOrderedAt(input.orderedAt, issues) : row.ordered_at;
      let customerId = row.customer_id;
      if (input.customerId && input.customerId !== row.customer_id) {
        const [customer] = await findCustomersByRef(tx, actor, [{ id: input.customerId }]);
        if (!customer)
          issues.push({ path: 'customerId', message: `${input.customerId} is not a customer you can see` });
        else customerId = customer.id;
      }
      let total = row.total_cents;
      if (input.lines) {
        if (row.refunded_cents > 0 || ['cancelled', 'refunded'].includes(row.status))
          issues.push({ path: 'lines', message: 'cannot change once the order is refunded or cancelled' });
        const products = await findProductsByRefs(tx, actor.orgId, {
          ids: input.lines.flatMap((l) => (l.productId ? [l.productId] : [])),
          skus: input.lines.flatMap((l) => (l.productId ? [] : [l.sku!])),
        });
        const priced = priceLines(input.lines, products, row.currency.trim());
        issues.push(...priced.issues);
        if (issues.length === 0) {
          await replaceLines(tx, actor.orgId, id, priced.lines);
          total = priced.lines.reduce((sum, l) => sum + l.total_cents, 0);
        }
      }
      if (issues.length > 0) throw invalidOrder(issues);
      await tx
        .updateTable('orders')
        .set({
          customer_id: customerId,
          status: input.status ?? row.status,
          channel: input.channel ?? row.channel,
          ordered_at: orderedAt,
          note: input.note === undefined ? row.note : input.note,
          total_cents: total,
          version: sql`version + 1`,
          updated_at: new Date(),
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await afterOrderChange(tx, actor, emit, [row.customer_id, customerId]);
      const after = await readOrder(tx, actor, id);
      const statusChanged = after.status !== before.status;
      await addTimelineEvents(tx, actor, [
        {
          customerId,
          type: statusChanged ? `order.${after.status}` : 'order.updated',
          summary: `${after.externalId ?? id.slice(-8)} · ${money(after.netCents, after.currency)}`,
          data: { orderId: id, status: after.status, from: before.status },
        },
      ]);
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'order',
        entityId: id,
        before: orderAuditView(before),
        after: orderAuditView(after),
      });
      emit({ entityType: 'orders', entityId: id, action: 'update', permission: 'orders.read' });
      return after;
    });
  },
});

export type OrdersService = ReturnType<typeof createOrdersService>;
