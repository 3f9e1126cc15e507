import { sql, type Kysely } from 'kysely';
import { formatDay, parseDay } from '../../../shared/analytics/day-number';
import type { DemoCustomer } from '../../../shared/demo/demo-customer';
import type { DemoOrder } from '../../../shared/demo/demo-orders';
import type { DB } from '../../db/schema';
import { newId } from '../../platform/ids';
import { customerRow, searchColumns, type ProfileColumns } from '../customers/index';
import { refreshPurchaseRollups } from '../orders/index';
import type { Owner } from './demo-owners.queries';

/** Everything a batch is written against, prepared once per load. */
export type BatchContext = {
  orgId: string;
  timeZone: string;
  currency: string;
  /** The as-of date, 'YYYY-MM-DD' in the organisation's time zone; every order is before it. */
  asOf: string;
  owners: Owner[];
  products: Map<string, { id: string; name: string }>;
  /** Active keys of the source and category pick lists; null = the defaults, all allowed. */
  sources: Set<string> | null;
  categories: Set<string> | null;
};

export type BatchTotals = { orders: number; lines: number; revenueCents: number };

const pad = (n: number) => String(n).padStart(2, '0');

/** Local wall-clock time as text: the transaction's TimeZone is the organisation's, so it reads right. */
const localTime = (asOfDay: number, day: number, minute: number) =>
  `${formatDay(asOfDay + day)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`;

const allowed = (keys: Set<string> | null, key: string) => (keys === null || keys.has(key) ? key : null);

const profileOf = (c: DemoCustomer, ctx: BatchContext): ProfileColumns => {
  const p = c.profile;
  const owner = ctx.owners[Math.floor(p.ownerPick * ctx.owners.length)] ?? null;
  return {
    name: p.name,
    company_id: null,
    title: null,
    gender: p.gender,
    birthday: p.birthday,
    phones: [{ label: 'mobile', number: p.phone, primary: true }],
    emails: p.email
      ? [{ label: p.kind === 'company' ? 'work' : 'personal', address: p.email, primary: true }]
      : [],
    addresses: [
      {
        label: p.kind === 'company' ? 'office' : 'home',
        country: 'CN',
        province: p.region.province,
        city: p.region.city,
        district: p.region.district,
        line1: p.line1,
        primary: true,
      },
    ],
    primary_phone: p.phone,
    primary_email: p.email,
    country: 'CN',
    province: p.region.province,
    city: p.region.city,
    district: p.region.district,
    source: allowed(ctx.sources, p.source),
    category: allowed(ctx.categories, c.category),
    value_tier: null,
    lifecycle_stage: null,
    owner_id: owner?.id ?? null,
    team_id: owner?.teamId ?? null,
    tags: c.tags,
    notes: null,
    custom: {},
    external_id: c.externalId,
  };
};

const insertCustomers = async (
  tx: Kysely<DB>,
  ctx: BatchContext,
  customers: DemoCustomer[],
  ids: string[],
) => {
  const asOfDay = parseDay(ctx.asOf)!;
  const rows = customers.map((c, i) => {
    const profile = profileOf(c, ctx);
    const created = localTime(asOfDay, c.createdDay, c.createdMinute);
    const row = customerRow(profile, searchColumns(profile, null), {
      org_id: ctx.orgId,
      id: ids[i]!,
      kind: c.profile.kind,
      created_by: null,
    });
    return Object.assign(row, { created_at: created, updated_at: created });
  });
  const columns = sql.raw(Object.keys(rows[0]!).join(', '));
  await sql`INSERT INTO customers (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::customers, ${JSON.stringify(rows)}::json)`.execute(
    tx,
  );
  await sql`INSERT INTO customer_rollups (org_id, customer_id)
    SELECT ${ctx.orgId}, unnest(${ids}::uuid[])`.execute(tx);
};

const counts = (o: DemoOrder) => o.status !== 'cancelled' && o.status !== 'refunded';

/**
 * Writes one batch of demo customers with their orders, lines and refunds — a handful of
 * multi-row statements, whatever the batch size — and brings the buyers' purchase rollups up
 * to date with the same statements order writes use. Run it in a transaction.
 */
export const writeDemoBatch = async (
  tx: Kysely<DB>,
  ctx: BatchContext,
  customers: DemoCustomer[],
): Promise<BatchTotals> => {
  await sql`SELECT set_config('TimeZone', ${ctx.timeZone}, true)`.execute(tx);
  // A batch lost in a crash is simply loaded again by the next run, so no need to wait for the disk.
  await sql`SET LOCAL synchronous_commit = off`.execute(tx);
  const asOfDay = parseDay(ctx.asOf)!;
  const ids = customers.map(() => newId());
  await insertCustomers(tx, ctx, customers, ids);
  const orders: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const refunds: Record<string, unknown>[] = [];
  let revenueCents = 0;
  customers.forEach((c, i) => {
    for (const o of c.orders) {
      const id = newId();
      const at = localTime(asOfDay, o.day, o.minute);
      const refundedAt =
        o.refundAfterDays === null ? null : localTime(asOfDay, o.day + o.refundAfterDays, o.minute);
      const refunded = o.status === 'refunded';
      if (counts(o)) revenueCents += o.totalCents;
      orders.push({
        id,
        customer_id: ids[i],
        status: o.status,
        channel: o.channel,
        ordered_at: at,
        total_cents: o.totalCents,
        refunded_cents: refunded ? o.totalCents : 0,
        updated_at: refundedAt ?? at,
      });
      o.lines.forEach((l, n) => {
        const product = ctx.products.get(l.sku)!;
        lines.push({
          order_id: id,
          line_no: n + 1,
          product_id: product.id,
          product_name: product.name,
          quantity: l.quantity,
          unit_price_cents: l.unitCents,
          discount_cents: l.discountCents,
          total_cents: l.totalCents,
          refunded_quantity: refunded ? l.quantity : 0,
          refunded_cents: refunded ? l.totalCents : 0,
        });
        if (refunded)
          refunds.push({
            id: newId(),
            order_id: id,
            line_no: n + 1,
            quantity: l.quantity,
            amount_cents: l.totalCents,
            refunded_at: refundedAt,
          });
      });
    }
  });
  if (orders.length > 0) {
    await sql`
      INSERT INTO orders (org_id, id, customer_id, status, channel, currency, ordered_at, total_cents, refunded_cents, created_at, updated_at)
      SELECT ${ctx.orgId}, v.id, v.customer_id, v.status, v.channel, ${ctx.currency}, v.ordered_at, v.total_cents,
             v.refunded_cents, v.ordered_at, v.updated_at
      FROM json_to_recordset(${JSON.stringify(orders)}::json) AS v(id uuid, customer_id uuid, status text,
        channel text, ordered_at timestamptz, total_cents bigint, refunded_cents bigint, updated_at timestamptz)`.execute(
      tx,
    );
    await sql`
      INSERT INTO order_lines (org_id, order_id, line_no, product_id, product_name, quantity, unit_price_cents,
        discount_cents, total_cents, refunded_quantity, refunded_cents)
      SELECT ${ctx.orgId}, v.order_id, v.line_no, v.product_id, v.product_name, v.quantity, v.unit_price_cents,
             v.discount_cents, v.total_cents, v.refunded_quantity, v.refunded_cents
      FROM json_to_recordset(${JSON.stringify(lines)}::json) AS v(order_id uuid, line_no int, product_id uuid,
        product_name text, quantity int, unit_price_cents bigint, discount_cents bigint, total_cents bigint,
        refunded_quantity int, refunded_cents bigint)`.execute(tx);
  }
  if (refunds.length > 0)
    await sql`
      INSERT INTO order_refunds (org_id, id, order_id, line_no, quantity, amount_cents, reason, refunded_at, created_at)
      SELECT ${ctx.orgId}, v.id, v.order_id, v.line_no, v.quantity, v.amount_cents, 'returned', v.refunded_at, v.refunded_at
      FROM json_to_recordset(${JSON.stringify(refunds)}::json) AS v(id uuid, order_id uuid, line_no int,
        quantity int, amount_cents bigint, refunded_at timestamptz)`.execute(tx);
  const buyers = ids.filter((_, i) => customers[i]!.orders.length > 0);
  await refreshPurchaseRollups(tx, ctx.orgId, buyers);
  return { orders: orders.length, lines: lines.length, revenueCents };
};
