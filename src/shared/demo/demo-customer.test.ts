import { describe, expect, it } from 'vitest';
import { demoProducts } from './demo-catalogue';
import {
  DEMO_TAG,
  PROSPECT_SHARE,
  demoExternalId,
  generateDemoCustomer,
  type DemoContext,
} from './demo-customer';
import { CANCELLED_SHARE, minuteOfDay } from './demo-orders';

const ctx: DemoContext = {
  channels: ['online_store', 'retail_store', 'phone', 'wechat', 'marketplace', 'other'],
  scale: 1,
  language: 'zh',
};
const generate = (seed: number, n: number, context = ctx) =>
  Array.from({ length: n }, (_, i) => generateDemoCustomer(seed, i, context));

describe('demo customers', () => {
  const customers = generate(3, 5000);
  const orders = customers.flatMap((c) => c.orders);
  const skus = new Set(demoProducts.map((p) => p.sku));

  it('gives the same customers for the same seed, whatever else is generated around them', () => {
    expect(generate(3, 50)).toEqual(customers.slice(0, 50));
    expect(generateDemoCustomer(3, 4321, ctx)).toEqual(customers[4321]);
    expect(generate(4, 50)).not.toEqual(customers.slice(0, 50));
  });

  it('gives every customer a unique phone and e-mail address on reserved example domains', () => {
    const phones = customers.map((c) => c.profile.phone);
    expect(new Set(phones).size).toBe(customers.length);
    expect(phones.filter((p) => !/^\+861[3-9]\d{9}$/.test(p))).toEqual([]);
    const emails = customers.flatMap((c) => (c.profile.email ? [c.profile.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.filter((e) => !/^[a-z.]+\.[0-9a-z]+@example\.(com|net|org)$/.test(e))).toEqual([]);
    expect(customers.every((c) => c.tags.includes(DEMO_TAG))).toBe(true);
    expect(customers[0]!.externalId).toBe(demoExternalId(3, 0));
    expect(demoExternalId(3, 0)).toBe('demo-3-0000001');
  });

  it('has Chinese and English names, people and companies, and a share of prospects without orders', () => {
    const names = customers.map((c) => c.profile.name);
    expect(names.some((n) => /^\p{Script=Han}{2,4}$/u.test(n))).toBe(true);
    expect(names.some((n) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(n))).toBe(true);
    expect(customers.some((c) => c.profile.kind === 'company' && c.profile.name.endsWith('公司'))).toBe(true);
    const prospects = customers.filter((c) => c.category === 'prospect');
    expect(prospects.every((c) => c.orders.length === 0 && c.truth === null)).toBe(true);
    expect(Math.abs(prospects.length / customers.length - PROSPECT_SHARE)).toBeLessThan(0.02);
  });

  it('makes every order total its lines, every line its quantity times price less discount', () => {
    const bad = orders.filter(
      (o) =>
        o.totalCents !== o.lines.reduce((s, l) => s + l.totalCents, 0) ||
        o.lines.length < 1 ||
        o.lines.length > 3 ||
        new Set(o.lines.map((l) => l.sku)).size !== o.lines.length ||
        o.lines.some(
          (l) =>
            !skus.has(l.sku) ||
            l.quantity < 1 ||
            l.discountCents < 0 ||
            l.totalCents < 1 ||
            l.totalCents !== l.quantity * l.unitCents - l.discountCents,
        ),
    );
    expect(bad).toEqual([]);
  });

  it('dates orders before the as-of day, acquires the customer at the first counted order', () => {
    expect(orders.filter((o) => o.day >= 0 || o.minute < 0 || o.minute >= 1440)).toEqual([]);
    for (const c of customers.filter((c) => c.orders.length > 0)) {
      const counted = c.orders.filter((o) => o.status !== 'cancelled' && o.status !== 'refunded');
      expect([c.createdDay, c.createdMinute]).toEqual([counted[0]!.day, counted[0]!.minute]);
    }
    const refunded = orders.filter((o) => o.status === 'refunded');
    expect(refunded.every((o) => o.refundAfterDays! > 0 && o.day + o.refundAfterDays! < 0)).toBe(true);
    expect(orders.filter((o) => o.day < -3 && ['placed', 'paid', 'shipped'].includes(o.status))).toEqual([]);
  });

  it('cancels a few orders and sends most of a customer’s orders through one channel', () => {
    const counted = orders.filter((o) => o.status !== 'cancelled' && o.status !== 'refunded').length;
    const cancelled = orders.filter((o) => o.status === 'cancelled').length;
    expect(Math.abs(cancelled / counted - CANCELLED_SHARE)).toBeLessThan(0.01);
    const loyal = customers.filter((c) => c.orders.length >= 5);
    const topShare = loyal.map((c) => {
      const counts = new Map<string, number>();
      for (const o of c.orders) counts.set(o.channel, (counts.get(o.channel) ?? 0) + 1);
      return Math.max(...counts.values()) / c.orders.length;
    });
    expect(topShare.reduce((s, v) => s + v, 0) / topShare.length).toBeGreaterThan(0.6);
  });

  it('scales prices to the organisation’s currency and names tags in its language', () => {
    const usd = generateDemoCustomer(3, 1, { ...ctx, scale: 0.14, language: 'en' });
    const cny = customers[1]!;
    expect(usd.orders.length).toBe(cny.orders.length);
    usd.orders.forEach((o, i) =>
      expect(Math.abs(o.totalCents - cny.orders[i]!.totalCents * 0.14)).toBeLessThanOrEqual(100),
    );
    const tagged = Array.from({ length: 40 }, (_, i) =>
      generateDemoCustomer(3, i, { ...ctx, language: 'en' }),
    );
    expect(tagged.flatMap((c) => c.tags).some((t) => /^[A-Z][a-z’ ]+$/.test(t))).toBe(true);
  });

  it('maps a fraction of a day to shop hours, keeping the order of times', () => {
    const minutes = Array.from({ length: 1000 }, (_, i) => minuteOfDay(i / 1000));
    expect(minutes.every((m, i) => i === 0 || m >= minutes[i - 1]!)).toBe(true);
    expect(minutes[0]).toBe(0);
    expect(minutes[999]).toBeLessThan(1440);
    const daytime = minutes.filter((m) => m >= 9 * 60 && m < 22 * 60).length;
    expect(daytime / minutes.length).toBeGreaterThan(0.75);
  });
});
