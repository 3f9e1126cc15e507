import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { call, type Session } from '../../../../test/support/test-kehu';
import { startTestKehu } from '../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../test/factories/accounts';
import { insertCustomer } from '../../../../test/factories/customers';
import { insertCategory, insertOrder, insertProduct } from '../../../../test/factories/orders';
import type { Customer } from '../../../shared/contracts/customers';
import type { Order } from '../../../shared/contracts/orders';

describe.each(databaseKinds)('orders on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const rollupsOf = async (session: Session, id: string) =>
    (await call(kehu, session, 'GET', `/api/v1/customers/${id}`)).json<Customer>().rollups;
  const orderCount = async (session: Session) =>
    (await call(kehu, session, 'GET', '/api/v1/orders?limit=200')).json<{ data: unknown[] }>().data.length;

  it('records an order and keeps the customer’s purchase metrics current', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const tea = await insertCategory(kehu, owner, '茶叶');
    const longjing = await insertProduct(kehu, owner, {
      sku: 'LJ-01',
      name: '龙井',
      listPriceCents: 12800,
      categoryId: tea.id,
    });
    const cup = await insertProduct(kehu, owner, { sku: 'CUP-1', name: '茶杯', listPriceCents: 3000 });
    const customer = await insertCustomer(kehu, owner, { name: '张三' });
    const first = await insertOrder(kehu, owner, {
      customerId: customer.id,
      orderedAt: '2026-01-10T10:00:00+08:00',
      lines: [
        { sku: 'lj-01', quantity: 2, discountCents: 600 },
        { productId: cup.id, quantity: 1, unitPriceCents: 2500, discountCents: 0 },
      ],
    });
    expect(first).toMatchObject({
      status: 'placed',
      currency: 'CNY',
      totalCents: 2 * 12800 - 600 + 2500,
      lines: [
        { lineNo: 1, productId: longjing.id, productName: '龙井', totalCents: 25000 },
        { lineNo: 2, productId: cup.id, totalCents: 2500 },
      ],
    });
    await insertOrder(kehu, owner, {
      customerId: customer.id,
      channel: 'wechat',
      orderedAt: '2026-02-01T09:00:00+08:00',
      lines: [{ productId: longjing.id, quantity: 1, discountCents: 0 }],
    });
    expect(await rollupsOf(owner, customer.id)).toMatchObject({
      orderCount: 2,
      revenueCents: 27500 + 12800,
      avgOrderCents: Math.round((27500 + 12800) / 2),
      firstOrderAt: '2026-01-10T02:00:00.000Z',
      lastOrderAt: '2026-02-01T01:00:00.000Z',
      favouriteCategory: '茶叶',
    });
    const purchases = (await call(kehu, owner, 'GET', `/api/v1/customers/${customer.id}/purchases`)).json();
    expect(purchases.monthly).toEqual([
      { month: '2026-01', revenueCents: 27500, orders: 1 },
      { month: '2026-02', revenueCents: 12800, orders: 1 },
    ]);
    expect(purchases.products[0]).toMatchObject({ name: '龙井', orders: 2, quantity: 3 });
    const timeline = (
      await call(kehu, owner, 'GET', `/api/v1/customers/${customer.id}/timeline?types=order.`)
    ).json();
    expect(timeline.data).toHaveLength(2);
  });

  it('filters the customer table on days since the last order, purchase frequency and favourite product', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const pen = await insertProduct(kehu, owner, { sku: 'PEN', name: 'Fountain pen', listPriceCents: 5000 });
    const ink = await insertProduct(kehu, owner, { sku: 'INK', name: 'Ink', listPriceCents: 900 });
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000 - 3_600_000).toISOString();
    const regular = await insertCustomer(kehu, owner, { name: 'Regular' });
    const lapsed = await insertCustomer(kehu, owner, { name: 'Lapsed' });
    await insertCustomer(kehu, owner, { name: 'Never bought' });
    for (const d of [120, 90, 60, 30, 2])
      await insertOrder(kehu, owner, {
        customerId: regular.id,
        orderedAt: daysAgo(d),
        lines: [{ productId: ink.id, quantity: 1, discountCents: 0 }],
      });
    await insertOrder(kehu, owner, {
      customerId: lapsed.id,
      orderedAt: daysAgo(400),
      lines: [{ productId: pen.id, quantity: 1, discountCents: 0 }],
    });
    // 5 orders over 120 days: 5 / (120 / 30.4375) = 1.27 a month; 1 order 400 days ago: 0.08.
    expect(await rollupsOf(owner, regular.id)).toMatchObject({
      favouriteProduct: 'Ink',
      daysSinceLastOrder: 2,
      purchaseFrequency: 1.27,
    });
    expect(await rollupsOf(owner, lapsed.id)).toMatchObject({
      daysSinceLastOrder: 400,
      purchaseFrequency: 0.08,
    });
    const names = async (...and: object[]) => {
      const filter = encodeURIComponent(JSON.stringify({ and }));
      const res = await call(kehu, owner, 'GET', `/api/v1/customers?filter=${filter}&sort=name`);
      expect(res.statusCode).toBe(200);
      return res.json<{ data: Customer[] }>().data.map((c) => c.name);
    };
    expect(await names({ field: 'days_since_last_order', op: 'gt', value: 365 })).toEqual(['Lapsed']);
    expect(await names({ field: 'days_since_last_order', op: 'eq', value: 2 })).toEqual(['Regular']);
    expect(await names({ field: 'purchase_frequency', op: 'gte', value: 1 })).toEqual(['Regular']);
    expect(await names({ field: 'purchase_frequency', op: 'lt', value: 0.1 })).toEqual([
      'Lapsed',
      'Never bought',
    ]);
    expect(await names({ field: 'favourite_product', op: 'contains', value: 'pen' })).toEqual(['Lapsed']);
  });

  it('replays a retried order with the same Idempotency-Key and refuses the key for another body', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const product = await insertProduct(kehu, owner);
    const customer = await insertCustomer(kehu, owner);
    const body = {
      customerId: customer.id,
      channel: 'phone',
      lines: [{ productId: product.id, quantity: 3 }],
    };
    const headers = { 'idempotency-key': 'order-42' };
    const first = await call(kehu, owner, 'POST', '/api/v1/orders', body, headers);
    const retry = await call(kehu, owner, 'POST', '/api/v1/orders', body, headers);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json<Order>().id).toBe(first.json<Order>().id);
    const other = await call(kehu, owner, 'POST', '/api/v1/orders', { ...body, channel: 'wechat' }, headers);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toMatch(/Idempotency-Key "order-42" was already used/);
    const parallel = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(kehu, owner, 'POST', '/api/v1/orders', body, { 'idempotency-key': 'burst' }),
      ),
    );
    expect(new Set(parallel.map((r) => r.json<Order>().id)).size).toBe(1);
    expect(await orderCount(owner)).toBe(2);
    expect((await rollupsOf(owner, customer.id)).orderCount).toBe(2);
  });

  it('refuses bad orders with a message naming the problem and writes nothing', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const product = await insertProduct(kehu, owner, { sku: 'A-1' });
    const customer = await insertCustomer(kehu, owner, { externalId: 'C-1' });
    await insertOrder(kehu, owner, {
      customerId: customer.id,
      externalId: 'EXT-1',
      lines: [{ productId: product.id, quantity: 1 }],
    });
    const line = { productId: product.id, quantity: 1 };
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const cases: [unknown, number, RegExp][] = [
      [{ customerId: customer.id, lines: [{ ...line, quantity: -2 }] }, 400, /record returns as a refund/],
      [{ customerId: customer.id, lines: [{ sku: 'NOPE', quantity: 1 }] }, 400, /no product has SKU NOPE/],
      [{ customer: { externalId: 'C-404' }, lines: [line] }, 400, /no customer you can see/],
      [{ customerId: customer.id, currency: 'USD', lines: [line] }, 400, /records orders in CNY/],
      [
        { customerId: customer.id, lines: [{ ...line, currency: 'EUR' }] },
        400,
        /every line must be in the order's currency/,
      ],
      [{ customerId: customer.id, orderedAt: future, lines: [line] }, 400, /more than a day in the future/],
      [{ customerId: customer.id, channel: 'telepathy', lines: [line] }, 400, /not a sales channel/],
      [
        { customerId: customer.id, externalId: 'EXT-1', lines: [line] },
        409,
        /external id EXT-1 already exists/,
      ],
      [{ customerId: customer.id, lines: [line, { sku: 'NOPE', quantity: 1 }] }, 400, /lines.1.sku/],
    ];
    for (const [body, status, message] of cases) {
      const res = await call(kehu, owner, 'POST', '/api/v1/orders', {
        channel: 'online_store',
        ...(body as object),
      });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.message).toMatch(message);
    }
    expect(await orderCount(owner)).toBe(1);
    expect((await rollupsOf(owner, customer.id)).orderCount).toBe(1);
    const byRef = await insertOrder(kehu, owner, { customer: { externalId: 'C-1' }, lines: [line] });
    expect(byRef.customerId).toBe(customer.id);
  });

  it('never loses a rollup update when many orders for one customer arrive at once', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const product = await insertProduct(kehu, owner, { listPriceCents: 100 });
    const customer = await insertCustomer(kehu, owner);
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        call(kehu, owner, 'POST', '/api/v1/orders', {
          customerId: customer.id,
          channel: 'online_store',
          lines: [{ productId: product.id, quantity: i + 1 }],
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 200));
    expect(await rollupsOf(owner, customer.id)).toMatchObject({
      orderCount: 24,
      revenueCents: (24 * 25 * 100) / 2,
    });
  });

  it('refunds against lines, cancels, and moves revenue and counts accordingly', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const product = await insertProduct(kehu, owner, { listPriceCents: 1000 });
    const customer = await insertCustomer(kehu, owner);
    const paid = await insertOrder(kehu, owner, {
      customerId: customer.id,
      status: 'paid',
      lines: [{ productId: product.id, quantity: 4 }],
    });
    const placed = await insertOrder(kehu, owner, {
      customerId: customer.id,
      lines: [{ productId: product.id, quantity: 1 }],
    });
    const refund = await call(kehu, owner, 'POST', `/api/v1/orders/${paid.id}/refunds`, {
      lines: [{ lineNo: 1, quantity: 1 }],
      reason: 'damaged',
    });
    expect(refund.json()).toMatchObject({ status: 'paid', refundedCents: 1000, netCents: 3000 });
    expect((await rollupsOf(owner, customer.id)).revenueCents).toBe(3000 + 1000);
    const tooMuch = await call(kehu, owner, 'POST', `/api/v1/orders/${paid.id}/refunds`, {
      lines: [{ lineNo: 1, quantity: 4 }],
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.message).toMatch(/only 3 item\(s\)/);
    const unpaid = await call(kehu, owner, 'POST', `/api/v1/orders/${placed.id}/refunds`, {
      lines: [{ lineNo: 1, quantity: 1 }],
    });
    expect(unpaid.json().error.message).toMatch(/cancel it instead/);
    const rest = await call(kehu, owner, 'POST', `/api/v1/orders/${paid.id}/refunds`, {
      lines: [{ lineNo: 1, quantity: 3 }],
    });
    expect(rest.json()).toMatchObject({ status: 'refunded', netCents: 0 });
    const cancelled = await call(kehu, owner, 'PATCH', `/api/v1/orders/${placed.id}`, {
      version: 1,
      status: 'cancelled',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', netCents: 0, version: 2 });
    expect(await rollupsOf(owner, customer.id)).toMatchObject({
      orderCount: 0,
      revenueCents: 0,
      lastOrderAt: null,
    });
    const stale = await call(kehu, owner, 'PATCH', `/api/v1/orders/${placed.id}`, {
      version: 1,
      note: 'late',
    });
    expect(stale.statusCode).toBe(409);
    const back = await call(kehu, owner, 'PATCH', `/api/v1/orders/${placed.id}`, {
      version: 2,
      status: 'paid',
    });
    expect(back.json().error.message).toMatch(/cancelled cannot become paid/);
  });

  it("hides orders of customers the user may not see, and other organisations' orders", async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    const product = await insertProduct(kehu, owner);
    const ownersCustomer = await insertCustomer(kehu, owner);
    const order = await insertOrder(kehu, owner, {
      customerId: ownersCustomer.id,
      lines: [{ productId: product.id, quantity: 1 }],
    });
    expect((await call(kehu, sales, 'GET', `/api/v1/orders/${order.id}`)).statusCode).toBe(404);
    expect(await orderCount(sales)).toBe(0);
    const asSales = await call(kehu, sales, 'POST', '/api/v1/orders', {
      customerId: ownersCustomer.id,
      channel: 'online_store',
      lines: [{ productId: product.id, quantity: 1 }],
    });
    expect(asSales.statusCode).toBe(400);
    expect(
      (await call(kehu, sales, 'PATCH', `/api/v1/orders/${order.id}`, { version: 1, note: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (await call(kehu, sales, 'GET', `/api/v1/customers/${ownersCustomer.id}/purchases`)).statusCode,
    ).toBe(404);
    const stranger = await insertOrgWithOwner(kehu);
    expect((await call(kehu, stranger, 'GET', `/api/v1/orders/${order.id}`)).statusCode).toBe(404);
    expect(
      (
        await call(kehu, stranger, 'POST', `/api/v1/orders/${order.id}/refunds`, {
          lines: [{ lineNo: 1, quantity: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    const foreign = await call(kehu, stranger, 'POST', '/api/v1/orders', {
      customerId: ownersCustomer.id,
      channel: 'online_store',
      lines: [
        { sku: (await call(kehu, owner, 'GET', `/api/v1/products/${product.id}`)).json().sku, quantity: 1 },
      ],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toMatch(/customerId .* is not a customer you can see/);
    expect((await call(kehu, sales, 'POST', '/api/v1/products', { sku: 'X', name: 'X' })).statusCode).toBe(
      403,
    );
  });
});
