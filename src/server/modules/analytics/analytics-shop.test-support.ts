import { formatDay, parseDay } from '../../../shared/analytics/day-number';
import type { Kehu } from '../../kehu';
import { insertCustomer } from '../../../../test/factories/customers';
import { insertOrder, insertProduct } from '../../../../test/factories/orders';
import { call, type Session } from '../../../../test/support/test-kehu';
import { REFRESH_ANALYTICS } from './analytics.jobs';
import { todayIn } from './refresh/refresh-analytics';

/** A purchase `daysAgo` days before today (Asia/Shanghai), in minor units; `status` defaults to placed. */
export type Purchase = { daysAgo: number; cents: number; status?: 'cancelled'; channel?: string };

export const today = () => todayIn('Asia/Shanghai');
export const dayBefore = (days: number) => formatDay(parseDay(today())! - days);

/**
 * A small shop built through the API: one product, customers with the given purchases (each an
 * order at 10:00 Shanghai time), owned by `owners[name]` when given. Returns ids by name.
 */
export const buildShop = async (
  kehu: Kehu,
  session: Session,
  shop: Record<string, Purchase[]>,
  owners: Record<string, string> = {},
) => {
  const product = await insertProduct(kehu, session, { listPriceCents: 1000 });
  const ids: Record<string, string> = {};
  for (const [name, purchases] of Object.entries(shop)) {
    const customer = await insertCustomer(kehu, session, { name, ownerId: owners[name] });
    ids[name] = customer.id;
    for (const p of purchases)
      await insertOrder(kehu, session, {
        customerId: customer.id,
        orderedAt: `${dayBefore(p.daysAgo)}T10:00:00+08:00`,
        ...(p.status ? { status: p.status } : {}),
        ...(p.channel ? { channel: p.channel } : {}),
        lines: [{ productId: product.id, quantity: 1, unitPriceCents: p.cents, discountCents: 0 }],
      });
  }
  return ids;
};

/** Queues the refresh job for the session's organisation and runs it to completion. */
export const refreshNow = async (kehu: Kehu, session: Session, asOf?: string) => {
  await kehu.deps.jobs.enqueue(kehu.deps.db, REFRESH_ANALYTICS, {
    orgId: session.me.org.id,
    payload: { orgId: session.me.org.id, ...(asOf ? { asOf } : {}) },
  });
  await kehu.runner.drain();
};

/** GET an analytics endpoint as `session`; fails the test on anything but 200. */
export const analytics = async <T = Record<string, unknown>>(
  kehu: Kehu,
  session: Session,
  path: string,
): Promise<T> => {
  const res = await call(kehu, session, 'GET', `/api/v1/analytics/${path}`);
  if (res.statusCode !== 200) throw new Error(`GET ${path} → ${res.statusCode}: ${res.body}`);
  return res.json<T>();
};

/** The names of the customers a click-through filter opens in the customer table, sorted. */
export const namesBehind = async (kehu: Kehu, session: Session, filter: unknown) => {
  const res = await call(
    kehu,
    session,
    'GET',
    `/api/v1/customers?limit=200&filter=${encodeURIComponent(JSON.stringify(filter))}`,
  );
  if (res.statusCode !== 200) throw new Error(`customers by filter → ${res.statusCode}: ${res.body}`);
  return res
    .json<{ data: { name: string }[] }>()
    .data.map((c) => c.name)
    .sort();
};

/**
 * Five buyers and a prospect, days before today. Worked by hand below with the default
 * settings (churn after 180 idle days, at risk after 90, new for 60 days, won back for 60).
 */
export const shop: Record<string, Purchase[]> = {
  Ann: [
    { daysAgo: 120, cents: 10000 },
    { daysAgo: 49, cents: 10000 },
    { daysAgo: 11, cents: 10000 },
    { daysAgo: 6, cents: 10000 },
    { daysAgo: 2, cents: 99900, status: 'cancelled' },
  ],
  Bo: [{ daysAgo: 1, cents: 5000 }],
  Chen: [
    { daysAgo: 290, cents: 8000 },
    { daysAgo: 192, cents: 8000 },
  ],
  Dai: [
    { daysAgo: 182, cents: 3000 },
    { daysAgo: 182, cents: 2000 },
    { daysAgo: 106, cents: 6000 },
  ],
  Eve: [
    { daysAgo: 800, cents: 20000 },
    { daysAgo: 30, cents: 10000 },
  ],
  Fang: [],
};
