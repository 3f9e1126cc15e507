import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import { insertOrder, insertProduct } from '../../../../../test/factories/orders';
import { alsoBought, fitCoPurchase, recommendFor } from '../../../../shared/recommend/co-purchase';
import type { Recommendation } from '../../../../shared/contracts/products';
import { refitRecommendations } from './recommend.queries';

/** A small deterministic generator, so the baskets are the same on every run. */
const lcg = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

describe.each(databaseKinds)('recommendations on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('suggests exactly what the reference co-purchase model suggests, with reasons', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const products = [];
    for (let i = 0; i < 12; i++) products.push(await insertProduct(kehu, owner, { listPriceCents: 500 }));
    const random = lcg(7);
    const baskets = new Map<string, Set<string>>();
    for (let c = 0; c < 30; c++) {
      const customer = await insertCustomer(kehu, owner, { name: `买家${c}` });
      // Two taste groups (first six products, last six) so pairs have structure.
      const group = c % 2 === 0 ? products.slice(0, 6) : products.slice(6);
      const picks = new Set<string>();
      const size = 1 + Math.floor(random() * 4);
      while (picks.size < size) picks.add(group[Math.floor(random() * group.length)]!.id);
      if (random() < 0.3) picks.add(products[Math.floor(random() * 12)]!.id);
      await insertOrder(kehu, owner, {
        customerId: customer.id,
        lines: [...picks].map((productId) => ({ productId, quantity: 1 })),
      });
      baskets.set(customer.id, picks);
    }
    await kehu.deps.db.transaction().execute((tx) => refitRecommendations(tx, owner.me.org.id));
    const model = fitCoPurchase(baskets.values());

    let fromHistory = 0;
    for (const [customerId, owned] of [...baskets].slice(0, 8)) {
      const res = await call(kehu, owner, 'GET', `/api/v1/customers/${customerId}/recommendations`);
      const got = res.json<{ data: Recommendation[] }>().data;
      const expected = recommendFor(model, owned, 10);
      expect(got.map((r) => r.productId)).toEqual(expected.map((r) => r.productId));
      expect(got.map((r) => (r.reason === 'bought' ? r.becauseProductId : null))).toEqual(
        expected.map((r) => r.because),
      );
      got.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 9));
      expect(got.some((r) => owned.has(r.productId))).toBe(false);
      fromHistory += got.filter((r) => r.reason === 'bought').length;
    }
    expect(fromHistory).toBeGreaterThan(8);
    const first = products[0]!.id;
    const also = (await call(kehu, owner, 'GET', `/api/v1/products/${first}/also-bought`)).json().data;
    expect(also.map((r: Recommendation) => [r.productId, r.together])).toEqual(
      alsoBought(model, first, 10).map((r) => [r.productId, r.together]),
    );
  });

  it('offers best sellers to a customer with no history, and hides other organisations', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const [a, b] = [await insertProduct(kehu, owner), await insertProduct(kehu, owner)];
    for (let i = 0; i < 3; i++) {
      const buyer = await insertCustomer(kehu, owner);
      await insertOrder(kehu, owner, { customerId: buyer.id, lines: [{ productId: b.id, quantity: 1 }] });
    }
    const buyer = await insertCustomer(kehu, owner);
    await insertOrder(kehu, owner, { customerId: buyer.id, lines: [{ productId: a.id, quantity: 1 }] });
    await kehu.deps.db.transaction().execute((tx) => refitRecommendations(tx, owner.me.org.id));
    const newcomer = await insertCustomer(kehu, owner);
    const res = (await call(kehu, owner, 'GET', `/api/v1/customers/${newcomer.id}/recommendations`)).json();
    expect(res.data.map((r: Recommendation) => [r.productId, r.reason, r.score])).toEqual([
      [b.id, 'popular', 3],
      [a.id, 'popular', 1],
    ]);
    const stranger = await insertOrgWithOwner(kehu);
    expect(
      (await call(kehu, stranger, 'GET', `/api/v1/customers/${newcomer.id}/recommendations`)).statusCode,
    ).toBe(404);
    expect((await call(kehu, stranger, 'GET', `/api/v1/products/${a.id}/also-bought`)).statusCode).toBe(404);
  });
});
