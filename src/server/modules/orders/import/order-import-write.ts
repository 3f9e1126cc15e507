import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { newId } from '../../../platform/ids';
import type { BatchPlan, PlannedOrder } from './order-import-batch';
import type { RowProblem } from './order-import-rows';

/**
 * Writes a planned batch: purchase orders with their lines (times read in the organisation's
 * time zone), then returns as refunds against the customer's latest earlier purchases of the
 * product. A return that finds no purchase to refund is reported and skipped. Returns the
 * customers whose rollups must be refreshed, refunds applied, and the returns' problems.
 */
export const writeOrders = async (
  db: Kysely<DB>,
  actor: Actor,
  plan: BatchPlan,
  context: { currency: string; timeZone: string },
) => {
  const purchases = plan.orders.filter((o) => o.status !== 'return');
  const orderRows = purchases.map((o) => {
    const lines = o.lines.map((l, i) => {
      const product = plan.products.get(l.sku.toLowerCase())!;
      const gross = l.unitCents * l.quantity;
      return {
        line_no: i + 1,
        product_id: product.id,
        product_name: l.productName ?? product.name,
        quantity: l.quantity,
        unit_price_cents: l.unitCents,
        discount_cents: Math.min(l.discountCents, gross),
        total_cents: gross - Math.min(l.discountCents, gross),
      };
    });
    return { id: newId(), order: o, lines, total: lines.reduce((s, l) => s + l.total_cents, 0) };
  });
  if (orderRows.length > 0) {
    const orders = orderRows.map((r) => ({
      id: r.id,
      customer_id: r.order.customerId,
      external_id: r.order.orderId,
      status: r.order.status,
      channel: r.order.channel,
      ordered_local: r.order.lines[0]!.orderedAt,
      total_cents: r.total,
    }));
    await sql`
      INSERT INTO orders (org_id, id, customer_id, external_id, status, channel, currency, ordered_at, total_cents, created_by)
      SELECT ${actor.orgId}, v.id, v.customer_id, v.external_id, v.status, v.channel, ${context.currency},
             v.ordered_local::timestamp AT TIME ZONE ${context.timeZone}, v.total_cents, ${actor.userId}::uuid
      FROM json_to_recordset(${JSON.stringify(orders)}::json) AS v(id uuid, customer_id uuid, external_id text,
        status text, channel text, ordered_local text, total_cents bigint)`.execute(db);
    const lines = orderRows.flatMap((r) => r.lines.map((l) => ({ ...l, order_id: r.id })));
    await sql`
      INSERT INTO order_lines (org_id, order_id, line_no, product_id, product_name, quantity, unit_price_cents, discount_cents, total_cents)
      SELECT ${actor.orgId}, v.order_id, v.line_no, v.product_id, v.product_name, v.quantity, v.unit_price_cents,
             v.discount_cents, v.total_cents
      FROM json_to_recordset(${JSON.stringify(lines)}::json) AS v(order_id uuid, line_no int, product_id uuid,
        product_name text, quantity int, unit_price_cents bigint, discount_cents bigint, total_cents bigint)`.execute(
      db,
    );
  }
  const returns = plan.orders.filter((o) => o.status === 'return');
  const refunded = await applyReturns(db, actor, plan, returns, context.timeZone);
  return {
    created: orderRows.length,
    refunds: refunded.applied,
    problems: refunded.problems,
    customers: [...new Set(plan.orders.map((o) => o.customerId!))],
  };
};

type OpenLine = {
  customer_id: string;
  product_id: string;
  order_id: string;
  line_no: number;
  left: number;
  money_left: number;
  ordered_at: string;
};
type Refund = {
  order_id: string;
  line_no: number;
  quantity: number;
  amount: number;
  at: string;
  reason: string;
};

/**
 * Refunds each returned line against the customer's purchases of that product made before the
 * return, newest first: one read of every candidate line for the batch, the allocation in
 * memory, then one statement each for refunds, lines and orders.
 */
const applyReturns = async (
  db: Kysely<DB>,
  actor: Actor,
  plan: BatchPlan,
  returns: PlannedOrder[],
  timeZone: string,
) => {
  const problems: RowProblem[] = [];
  const wanted = returns.flatMap((ret) =>
    ret.lines.map((line) => ({ ret, line, product: plan.products.get(line.sku.toLowerCase())!.id })),
  );
  if (wanted.length === 0) return { applied: 0, problems };
  const { rows: open } = await sql<OpenLine>`
    SELECT o.customer_id, l.product_id, l.order_id, l.line_no, l.quantity - l.refunded_quantity AS left,
           l.total_cents - l.refunded_cents AS money_left,
           to_char(o.ordered_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD HH24:MI:SS') AS ordered_at
    FROM (SELECT DISTINCT * FROM unnest(${wanted.map((w) => w.ret.customerId)}::uuid[],
                                        ${wanted.map((w) => w.product)}::uuid[]) AS k(customer_id, product_id)) k
    JOIN orders o ON o.org_id = ${actor.orgId} AND o.customer_id = k.customer_id
    JOIN order_lines l ON l.org_id = o.org_id AND l.order_id = o.id AND l.product_id = k.product_id
    WHERE o.status NOT IN ('cancelled', 'placed') AND l.refunded_quantity < l.quantity
    ORDER BY o.ordered_at DESC, l.order_id DESC, l.line_no
    FOR UPDATE OF l`.execute(db);
  const candidates = new Map<string, OpenLine[]>();
  for (const line of open) {
    const key = `${line.customer_id}|${line.product_id}`;
    candidates.set(key, [...(candidates.get(key) ?? []), line]);
  }
  const refunds: Refund[] = [];
  for (const { ret, line, product } of wanted) {
    let left = -line.quantity;
    for (const target of candidates.get(`${ret.customerId}|${product}`) ?? []) {
      if (left === 0) break;
      if (target.left === 0 || target.ordered_at > line.orderedAt) continue;
      const quantity = Math.min(left, target.left);
      const amount = Math.min(target.money_left, Math.abs(line.unitCents) * quantity);
      target.left -= quantity;
      target.money_left -= amount;
      left -= quantity;
      refunds.push({
        order_id: target.order_id,
        line_no: target.line_no,
        quantity,
        amount,
        at: line.orderedAt,
        reason: `return ${ret.orderId}`,
      });
    }
    if (left > 0)
      problems.push({
        line: line.line,
        column: null,
        reason: `returns ${left} item(s) of ${line.sku} that the customer has no earlier purchase of in Kehu; skipped`,
        value: ret.orderId,
        code: 'return_unmatched',
        params: { quantity: left, sku: line.sku },
      });
  }
  await writeRefunds(db, actor.orgId, refunds, timeZone);
  // One return may refund several earlier lines; it counts once.
  return { applied: new Set(refunds.map((r) => r.reason)).size, problems };
};

const writeRefunds = async (db: Kysely<DB>, orgId: string, refunds: Refund[], timeZone: string) => {
  if (refunds.length === 0) return;
  const json = JSON.stringify(refunds.map((r) => ({ ...r, id: newId() })));
  const recordset = sql`json_to_recordset(${json}::json) AS v(id uuid, order_id uuid, line_no int, quantity int, amount bigint, at text, reason text)`;
  await sql`
    INSERT INTO order_refunds (org_id, id, order_id, line_no, quantity, amount_cents, reason, refunded_at)
    SELECT ${orgId}, v.id, v.order_id, v.line_no, v.quantity, v.amount, v.reason, v.at::timestamp AT TIME ZONE ${timeZone}
    FROM ${recordset} WHERE v.amount > 0`.execute(db);
  await sql`
    UPDATE order_lines l SET refunded_quantity = l.refunded_quantity + v.quantity, refunded_cents = l.refunded_cents + v.amount
    FROM (SELECT order_id, line_no, sum(quantity)::int AS quantity, sum(amount)::bigint AS amount FROM ${recordset}
          GROUP BY order_id, line_no) v
    WHERE l.org_id = ${orgId} AND l.order_id = v.order_id AND l.line_no = v.line_no`.execute(db);
  await sql`
    UPDATE orders o SET refunded_cents = o.refunded_cents + v.amount,
      status = CASE WHEN o.refunded_cents + v.amount >= o.total_cents THEN 'refunded' ELSE o.status END,
      version = o.version + 1, updated_at = now()
    FROM (SELECT order_id, sum(amount)::bigint AS amount FROM ${recordset} GROUP BY order_id) v
    WHERE o.org_id = ${orgId} AND o.id = v.order_id`.execute(db);
};
