import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import { insertCategory, insertOrder, insertProduct } from '../../../../../test/factories/orders';
import type { Customer } from '../../../../shared/contracts/customers';
import type { Order } from '../../../../shared/contracts/orders';
import type { Product } from '../../../../shared/contracts/products';
import { rebuildPurchaseRollups } from './rollups-rebuild';

/** A small deterministic generator, so a failure replays exactly. */
const lcg = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/**
 * The rollups worked out independently from the orders as the API reports them, following the
 * conventions documented in purchase-rollups.queries.ts.
 */
const expectedRollups = (orders: Order[], products: Product[], customerId: string) => {
  const mine = orders.filter((o) => o.customerId === customerId);
  const counted = mine.filter((o) => o.status !== 'cancelled' && o.status !== 'refunded');
  const revenue = counted.reduce((s, o) => s + o.totalCents - o.refundedCents, 0);
  const times = counted.map((o) => o.orderedAt).sort();
  const channels = new Map<string, { n: number; last: string }>();
  for (const o of counted) {
    const c = channels.get(o.channel) ?? { n: 0, last: '' };
    channels.set(o.channel, { n: c.n + 1, last: o.orderedAt > c.last ? o.orderedAt : c.last });
  }
  const channel = [...channels].sort(
    (a, b) =>
      b[1].n - a[1].n ||
      (a[1].last < b[1].last ? 1 : a[1].last > b[1].last ? -1 : 0) ||
      (a[0] < b[0] ? -1 : 1),
  )[0]?.[0];
  const bought = new Map<string, { orders: Set<string>; quantity: number; revenue: number }>();
  for (const o of mine.filter((x) => x.status !== 'cancelled'))
    for (const l of o.lines) {
      const b = bought.get(l.productId) ?? { orders: new Set<string>(), quantity: 0, revenue: 0 };
      b.orders.add(o.id);
      b.quantity += l.quantity - l.refundedQuantity;
      b.revenue += l.totalCents - l.refundedCents;
      bought.set(l.productId, b);
    }
  const name = (id: string) => products.find((p) => p.id === id)!.name;
  const kept = [...bought].filter(([, b]) => b.quantity > 0);
  const favourite = kept.sort(
    ([a, x], [b, y]) =>
      y.orders.size - x.orders.size || y.revenue - x.revenue || name(a).localeCompare(name(b)),
  )[0]?.[0];
  const byCategory = new Map<string, number>();
  for (const [id, b] of kept) {
    const category = products.find((p) => p.id === id)!.categoryPath.at(-1);
    if (category) byCategory.set(category, (byCategory.get(category) ?? 0) + b.revenue);
  }
  const category = [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return {
    orderCount: counted.length,
    revenueCents: revenue,
    avgOrderCents: counted.length ? Math.round(revenue / counted.length) : null,
    firstOrderAt: times[0] ?? null,
    lastOrderAt: times.at(-1) ?? null,
    preferredChannel: channel ?? null,
    favouriteCategory: category ?? null,
    favouriteProduct: favourite ? name(favourite) : null,
  };
};

describe.each(databaseKinds)('purchase rollups on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('stay equal to a from-scratch computation through random creates, edits, cancellations and refunds', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const random = lcg(kind === 'embedded' ? 11 : 23);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const categories = [await insertCategory(kehu, owner, '茶叶'), await insertCategory(kehu, owner, '茶具')];
    const products: Product[] = [];
    for (let i = 0; i < 5; i++)
      products.push(
        await insertProduct(kehu, owner, {
          name: `商品${i}`,
          listPriceCents: 100 * (i + 1),
          categoryId: categories[i % 2]!.id,
        }),
      );
    const customers: Customer[] = [];
    for (let i = 0; i < 4; i++) customers.push(await insertCustomer(kehu, owner, { name: `客户${i}` }));
    const channels = ['online_store', 'wechat', 'phone'];
    const ids: string[] = [];
    const lines = () =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        productId: pick(products).id,
        quantity: 1 + Math.floor(random() * 4),
        discountCents: random() < 0.3 ? 50 : 0,
      }));
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 8)).toISOString();
    const get = async (id: string) => (await call(kehu, owner, 'GET', `/api/v1/orders/${id}`)).json<Order>();
    for (let step = 0; step < 45; step++) {
      const roll = random();
      if (ids.length < 3 || roll < 0.45) {
        const order = await insertOrder(kehu, owner, {
          customerId: pick(customers).id,
          channel: pick(channels),
          status: pick(['placed', 'paid', 'completed'] as const),
          orderedAt: day(Math.floor(random() * 200)),
          lines: lines(),
        });
        ids.push(order.id);
        continue;
      }
      const order = await get(pick(ids));
      const edit = (body: object) =>
        call(kehu, owner, 'PATCH', `/api/v1/orders/${order.id}`, { version: order.version, ...body });
      if (roll < 0.6)
        await edit({ customerId: pick(customers).id, orderedAt: day(Math.floor(random() * 200)) });
      else if (roll < 0.7 && order.refundedCents === 0)
        await edit({ lines: lines(), channel: pick(channels) });
      else if (roll < 0.8) await edit({ status: 'cancelled' });
      else {
        const line = pick(order.lines);
        await call(kehu, owner, 'POST', `/api/v1/orders/${order.id}/refunds`, {
          lines: [
            {
              lineNo: line.lineNo,
              quantity: Math.min(1, line.quantity - line.refundedQuantity) || 0,
              amountCents: line.quantity === line.refundedQuantity ? 1 : undefined,
            },
          ],
        });
      }
    }
    const orders = await Promise.all(ids.map(get));
    expect(new Set(orders.map((o) => o.status)).size).toBeGreaterThan(2);
    const actual = async () =>
      Promise.all(
        customers.map(async (c) => {
          const customer = (await call(kehu, owner, 'GET', `/api/v1/customers/${c.id}`)).json<Customer>();
          const r = customer.rollups as Customer['rollups'] & { favouriteProduct?: string | null };
          return { ...r, lastContactAt: undefined };
        }),
      );
    const incremental = await actual();
    customers.forEach((c, i) =>
      expect(incremental[i], c.name).toMatchObject(
        (({ favouriteProduct: _f, ...rest }) => rest)(expectedRollups(orders, products, c.id)),
      ),
    );
    await rebuildPurchaseRollups(kehu.deps.db, owner.me.org.id);
    expect(await actual()).toEqual(incremental);
  });
});
