import { drawTaste } from './demo-basket';
import { demoCategories } from './demo-catalogue';
import { demoOrders, type DemoOrder, type OrderContext } from './demo-orders';
import { demoProfile, type DemoProfile } from './demo-profile';
import { demoProcess, simulateCustomer } from './purchase-process';
import { createRandom } from './seeded-random';

export type DemoLanguage = 'zh' | 'en';

/** One generated customer with everything the server writes for them. */
export type DemoCustomer = {
  index: number;
  externalId: string;
  profile: DemoProfile;
  /** When the customer was first seen (day relative to the as-of date, minute of day). */
  createdDay: number;
  createdMinute: number;
  /** A key of the default customer category pick list. */
  category: 'prospect' | 'existing' | 'vip';
  tags: string[];
  orders: DemoOrder[];
  /** The customer's hidden parameters; null for a prospect (no purchases). */
  truth: { lambda: number; dropout: number; nu: number; alive: boolean } | null;
};

export type DemoContext = OrderContext & { language: DemoLanguage };

/** Share of customers who have not bought yet (leads); they stay out of the purchase models. */
export const PROSPECT_SHARE = 0.1;

/** Customers who spent more than this (in yuan, scaled to the currency) are filed as VIP. */
export const VIP_SPEND_YUAN = 3000;

/** The tag every demo customer carries, so the whole set is easy to find and remove. */
export const DEMO_TAG = 'demo';

/** External id of demo customer `index` (0-based) of a seed: zero-padded so they sort by index. */
export const demoExternalId = (seed: number, index: number) =>
  `demo-${seed}-${String(index + 1).padStart(7, '0')}`;

const seedOffsets = new Map<number, number>();
const seedOffset = (seed: number) => {
  let offset = seedOffsets.get(seed);
  if (offset === undefined) seedOffsets.set(seed, (offset = createRandom(`demo/${seed}`).int(1e8)));
  return offset;
};

const categoryName = (key: string, language: DemoLanguage) => {
  const category = demoCategories.find((c) => c.key === key)!;
  return language === 'zh' ? category.zh : category.en;
};

/**
 * Customer `index` of a seed. Depends only on the seed, the index and the context, so a seed
 * always gives the same customers, and loading 2,000 customers then 10,000 gives the same
 * first 2,000 as loading 10,000 at once.
 */
export const generateDemoCustomer = (seed: number, index: number, ctx: DemoContext): DemoCustomer => {
  const rng = createRandom(`demo/${seed}/${index}`);
  const profile = demoProfile(rng, seedOffset(seed), index);
  const base = { index, externalId: demoExternalId(seed, index), profile };
  if (rng.chance(PROSPECT_SHARE)) {
    const at = -rng.next() * demoProcess.windowWeeks * 7;
    return {
      ...base,
      createdDay: Math.floor(at),
      createdMinute: rng.int(24 * 60),
      category: 'prospect',
      tags: [DEMO_TAG],
      orders: [],
      truth: null,
    };
  }
  const sim = simulateCustomer(rng, demoProcess);
  const taste = drawTaste(rng);
  const orders = demoOrders(rng, sim, taste, ctx);
  const first = orders.find((o) => o.status !== 'cancelled' && o.status !== 'refunded')!;
  const spent = sim.amounts.reduce((s, a) => s + a, 0);
  return {
    ...base,
    createdDay: first.day,
    createdMinute: first.minute,
    category: spent > VIP_SPEND_YUAN ? 'vip' : 'existing',
    tags: rng.chance(0.3) ? [DEMO_TAG, categoryName(taste.primary, ctx.language)] : [DEMO_TAG],
    orders,
    truth: { lambda: sim.lambda, dropout: sim.dropout, nu: sim.nu, alive: sim.alive },
  };
};
