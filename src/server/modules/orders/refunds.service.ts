import { sql } from 'kysely';
import type { RefundCreate } from '../../../shared/contracts/orders';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Deps } from '../../platform/deps';
import { once } from '../../platform/idempotency';
import { newId } from '../../platform/ids';
import { transact } from '../../platform/transaction';
import { addTimelineEvents, visibleCustomers } from '../customers/index';
import { checkOrderedAt } from './order-context';
import type { Issue } from './order-lines';
import { findOrderRow, orderLines } from './orders.queries';
import { afterOrderChange, invalidOrder, orderNotFound, readOrder } from './orders.service';

/**
 * Refunds against order lines (P2): items returned and money given back, never more than the
 * line was worth. A refund that covers the whole order marks it `refunded`. Rollups follow in
 * the same transaction; an idempotency key makes a retried refund harmless.
 */
export const createRefundsService = (deps: Deps) => ({
  async refundOrder(actor: Actor, orderId: string, input: RefundCreate, idempotencyKey?: string) {
    return transact(deps, actor, (tx, emit) =>
      once(
        tx,
        { orgId: actor.orgId, scope: `orders.refund:${orderId}`, key: idempotencyKey, body: input },
        async () => {
          const row = await findOrderRow(tx, actor.orgId, orderId, visibleCustomers(actor), true);
          if (!row) throw orderNotFound(orderId);
          const issues: Issue[] = [];
          if (row.status === 'cancelled' || row.status === 'placed')
            issues.push({
              path: 'lines',
              message:
                row.status === 'cancelled'
                  ? 'a cancelled order has nothing to refund'
                  : 'the order is not paid yet; cancel it instead of refunding',
            });
          const refundedAt = checkOrderedAt(input.refundedAt, issues, 'refundedAt');
          const lines = new Map((await orderLines(tx, actor.orgId, orderId)).map((l) => [l.line_no, l]));
          const seen = new Set<number>();
          const refunds = input.lines.flatMap((r, i) => {
            const at = `lines.${i}`;
            const line = lines.get(r.lineNo);
            if (!line || seen.has(r.lineNo)) {
              issues.push({
                path: `${at}.lineNo`,
                message: line ? 'appears twice' : `the order has no line ${r.lineNo}`,
              });
              return [];
            }
            seen.add(r.lineNo);
            const itemsLeft = line.quantity - line.refunded_quantity;
            const moneyLeft = line.total_cents - line.refunded_cents;
            if (r.quantity > itemsLeft)
              issues.push({
                path: `${at}.quantity`,
                message: `only ${itemsLeft} item(s) of this line are left to refund`,
              });
            if (r.quantity === 0 && r.amountCents === undefined)
              issues.push({ path: `${at}.amountCents`, message: 'is needed when no items are returned' });
            const amount = r.amountCents ?? Math.round((line.total_cents * r.quantity) / line.quantity);
            if (amount > moneyLeft)
              issues.push({
                path: `${at}.amountCents`,
                message: `only ${moneyLeft} is left to refund on this line`,
              });
            return [{ line, quantity: r.quantity, amount }];
          });
          if (issues.length > 0) throw invalidOrder(issues);
          const before = await readOrder(tx, actor, orderId);
          for (const r of refunds) {
            await tx
              .insertInto('order_refunds')
              .values({
                org_id: actor.orgId,
                id: newId(),
                order_id: orderId,
                line_no: r.line.line_no,
                quantity: r.quantity,
                amount_cents: r.amount,
                reason: input.reason ?? null,
                refunded_at: refundedAt,
                created_by: actor.userId,
              })
              .execute();
            await tx
              .updateTable('order_lines')
              .set({
                refunded_quantity: sql`refunded_quantity + ${r.quantity}`,
                refunded_cents: sql`refunded_cents + ${r.amount}`,
              })
              .where('org_id', '=', actor.orgId)
              .where('order_id', '=', orderId)
              .where('line_no', '=', r.line.line_no)
              .execute();
          }
          const refunded = refunds.reduce((sum, r) => sum + r.amount, 0);
          await tx
            .updateTable('orders')
            .set({
              refunded_cents: sql`refunded_cents + ${refunded}`,
              status: sql`CASE WHEN refunded_cents + ${refunded} >= total_cents THEN 'refunded' ELSE status END`,
              version: sql`version + 1`,
              updated_at: new Date(),
            })
            .where('org_id', '=', actor.orgId)
            .where('id', '=', orderId)
            .execute();
          await afterOrderChange(tx, actor, emit, [row.customer_id]);
          const after = await readOrder(tx, actor, orderId);
          await addTimelineEvents(tx, actor, [
            {
              customerId: row.customer_id,
              type: 'order.refunded',
              at: refundedAt,
              summary: `${after.externalId ?? orderId.slice(-8)} · −${after.currency} ${(refunded / 100).toFixed(2)}`,
              data: { orderId, refundedCents: refunded, reason: input.reason ?? null },
            },
          ]);
          await writeAudit(tx, actor, {
            action: 'refund',
            entityType: 'order',
            entityId: orderId,
            before: { refundedCents: before.refundedCents, status: before.status },
            after: { refundedCents: after.refundedCents, status: after.status },
          });
          emit({ entityType: 'orders', entityId: orderId, action: 'update', permission: 'orders.read' });
          return after;
        },
      ),
    );
  },
});

export type RefundsService = ReturnType<typeof createRefundsService>;
