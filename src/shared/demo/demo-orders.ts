import { buildBasket, type DemoLine, type Taste } from './demo-basket';
import type { SimulatedCustomer } from './purchase-process';
import { cumulative, weightedIndex } from './samplers';
import type { Random } from './seeded-random';

export type DemoOrderStatus = 'placed' | 'paid' | 'shipped' | 'completed' | 'cancelled' | 'refunded';

/** An order as the demo generates it; the server turns days and minutes into timestamps. */
export type DemoOrder = {
  /** Calendar day relative to the as-of date in the organisation's time zone: -1 is the day before. */
  day: number;
  /** Minute of that day, local time. */
  minute: number;
  status: DemoOrderStatus;
  channel: string;
  totalCents: number;
  lines: DemoLine[];
  /** For a refunded order: days after `day` the whole order was refunded. */
  refundAfterDays: number | null;
};

/**
 * Besides the purchases the process draws, a few orders that never count: for each purchase,
 * a cancelled order with this probability (a basket changed or abandoned around the same
 * day) and a fully refunded one (a return). Analytics and rollups leave both out, so they
 * do not disturb the process's parameters.
 */
export const CANCELLED_SHARE = 0.03;
export const REFUNDED_SHARE = 0.02;

/**
 * How the default channels (the keys an organisation starts with) share orders; an
 * organisation's own channels get weight 5.
 */
const channelWeights: Readonly<Record<string, number>> = {
  online_store: 25,
  retail_store: 18,
  phone: 7,
  wechat: 25,
  marketplace: 20,
  other: 5,
};
export const defaultChannelKeys: readonly string[] = Object.keys(channelWeights);

/** Orders per hour of the day (local time): quiet at night, peaks at lunch and in the evening. */
const hourWeights = [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 3, 5, 7, 7, 6, 6, 7, 7, 6, 5, 5, 7, 9, 9, 6, 3];
const hourSums = cumulative(hourWeights);
const dayTotal = hourSums[hourSums.length - 1]!;

/**
 * A fraction of a day mapped to a minute through the shop's hourly pattern. Monotone, so two
 * purchases on one day keep their order.
 */
export const minuteOfDay = (fraction: number): number => {
  const target = fraction * dayTotal;
  let hour = 0;
  while (hour < 23 && hourSums[hour]! <= target) hour++;
  const before = hour === 0 ? 0 : hourSums[hour - 1]!;
  return hour * 60 + Math.min(59, Math.floor((60 * (target - before)) / hourWeights[hour]!));
};

const statusFor = (rng: Random, day: number): DemoOrderStatus =>
  day >= -1 ? (rng.chance(0.6) ? 'paid' : 'placed') : day >= -3 ? 'shipped' : 'completed';

export type OrderContext = { channels: readonly string[]; scale: number };

/**
 * The orders of one simulated customer: one per purchase, worth exactly the purchase's value
 * in minor units, through the customer's preferred channel most of the time; plus the odd
 * cancelled or refunded order. Sorted by time.
 */
export const demoOrders = (
  rng: Random,
  sim: SimulatedCustomer,
  taste: Taste,
  ctx: OrderContext,
): DemoOrder[] => {
  const channelSums = cumulative(ctx.channels.map((key) => channelWeights[key] ?? 5));
  const anyChannel = () => ctx.channels[weightedIndex(rng, channelSums)]!;
  const preferred = anyChannel();
  const loyalty = 0.5 + 0.4 * rng.next();
  const channel = () => (rng.chance(loyalty) ? preferred : anyChannel());
  const cents = (yuan: number) => Math.max(100, Math.round(yuan * 100 * ctx.scale));
  const orders: DemoOrder[] = [];
  sim.times.forEach((t, j) => {
    const at = -(sim.age - t) * 7;
    const day = Math.floor(at);
    const totalCents = cents(sim.amounts[j]!);
    orders.push({
      day,
      minute: minuteOfDay(at - day),
      status: statusFor(rng, day),
      channel: channel(),
      totalCents,
      lines: buildBasket(rng, taste, totalCents, ctx.scale),
      refundAfterDays: null,
    });
    if (rng.chance(CANCELLED_SHARE)) {
      const amount = Math.max(100, Math.round(totalCents * (0.5 + rng.next())));
      orders.push({
        day: day - rng.int(3),
        minute: minuteOfDay(rng.next()),
        status: 'cancelled',
        channel: channel(),
        totalCents: amount,
        lines: buildBasket(rng, taste, amount, ctx.scale),
        refundAfterDays: null,
      });
    }
    if (rng.chance(REFUNDED_SHARE) && day <= -20) {
      const amount = Math.max(100, Math.round(totalCents * (0.5 + rng.next())));
      orders.push({
        day: day - rng.int(5),
        minute: minuteOfDay(rng.next()),
        status: 'refunded',
        channel: channel(),
        totalCents: amount,
        lines: buildBasket(rng, taste, amount, ctx.scale),
        refundAfterDays: 3 + rng.int(12),
      });
    }
  });
  return orders.sort((x, y) => x.day - y.day || x.minute - y.minute);
};
