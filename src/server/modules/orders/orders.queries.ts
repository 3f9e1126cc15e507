import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { DB } from '../../db/schema';
import type { OrderLinesTable, OrderRefundsTable, OrdersTable } from '../../db/schema-orders';
import type { PricedLine } from './order-lines';

export type OrderRow = Selectable<OrdersTable> & { customer_name: string; line_count: number };
export type LineRow = Selectable<OrderLinesTable>;
export type RefundRow = Selectable<OrderRefundsTable>;

/**
 * Orders joined to their customer (alias `c`) so every read applies the actor's customer
 * visibility: an order is visible exactly when its customer is.
 */
const orderSelect = (db: Kysely<DB>) =>
  db
    .selectFrom('orders as o')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.org_id', '=', 'o.org_id').onRef('c.id', '=', 'o.customer_id'),
    )
    .selectAll('o')
    .select([
      'c.name as customer_name',
      sql<number>`(SELECT count(*)::int FROM order_lines l WHERE l.org_id = o.org_id AND l.order_id = o.id)`.as(
        'line_count',
      ),
    ]);

export const findOrderRow = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  visible: RawBuilder<boolean>,
  lock = false,
): Promise<OrderRow | undefined> => {
  let q = orderSelect(db).where('o.org_id', '=', orgId).where('o.id', '=', id).where(visible);
  if (lock) q = q.forUpdate('o');
  return q.executeTakeFirst();
};

export const findOrderByExternalId = (db: Kysely<DB>, orgId: string, externalId: string) =>
  db
    .selectFrom('orders')
    .select(['id', 'customer_id'])
    .where('org_id', '=', orgId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();

export const listOrderRows = (
  db: Kysely<DB>,
  orgId: string,
  visible: RawBuilder<boolean>,
  query: {
    customerId?: string;
    status?: string;
    channel?: string;
    after?: [string, string];
    limit: number;
  },
) => {
  let q = orderSelect(db).where('o.org_id', '=', orgId).where(visible);
  if (query.customerId) q = q.where('o.customer_id', '=', query.customerId);
  if (query.status) q = q.where('o.status', '=', query.status as OrdersTable['status']);
  if (query.channel) q = q.where('o.channel', '=', query.channel);
  if (query.after)
    q = q.where(
      sql<boolean>`(o.ordered_at, o.id) < (${query.after[0]}::timestamptz, ${query.after[1]}::uuid)`,
    );
  return q
    .select(sql<string>`o.ordered_at::text`.as('ordered_key'))
    .orderBy('o.ordered_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(query.limit + 1)
    .execute();
};

export const orderLines = (db: Kysely<DB>, orgId: string, orderId: string) =>
  db
    .selectFrom('order_lines')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('order_id', '=', orderId)
    .orderBy('line_no')
    .execute();

export const orderRefunds = (db: Kysely<DB>, orgId: string, orderId: string) =>
  db
    .selectFrom('order_refunds')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('order_id', '=', orderId)
    .orderBy('refunded_at')
    .orderBy('id')
    .execute();

export const insertLines = async (db: Kysely<DB>, orgId: string, orderId: string, lines: PricedLine[]) => {
  await db
    .insertInto('order_lines')
    .values(lines.map((l) => ({ ...l, org_id: orgId, order_id: orderId })))
    .execute();
};

export const replaceLines = async (db: Kysely<DB>, orgId: string, orderId: string, lines: PricedLine[]) => {
  await db.deleteFrom('order_lines').where('org_id', '=', orgId).where('order_id', '=', orderId).execute();
  await insertLines(db, orgId, orderId, lines);
};
