import {
  defaultRfmSettings,
  segmentOf,
  tierOf,
  type RfmSegment,
  type RfmSettings,
  type ValueTier,
} from './rfm-segments';

export type RfmInput = {
  customerId: string;
  /** Days since the last purchase at the scoring date: fewer is better. */
  recencyDays: number;
  /** Number of purchases (transactions). */
  frequency: number;
  /** Spend, e.g. total revenue. */
  monetary: number;
};

export type RfmScore = {
  customerId: string;
  r: number;
  f: number;
  m: number;
  /** 'R‖F‖M', e.g. '545'. */
  code: string;
  /** (F + M) / 2, the axis the segment rules use with R. */
  fm: number;
  /** null only when edited rules leave this (R, FM) cell uncovered. */
  segment: RfmSegment | null;
  tier: ValueTier;
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Quintile scores 1–5 by rank: customers are sorted by value (ascending, or descending when
 * `lowerIsBetter`) and then by customer id, and the i-th of n gets ⌊5i/n⌋ + 1. Every score
 * thus holds a fifth of the customers (±1), and the result does not depend on input order.
 * Equal values may straddle a boundary, landing in neighbouring scores by customer id; we
 * accept that rather than let a mass of equal values (say, every one-time buyer) fill the
 * lower scores unevenly.
 */
export const quintileScores = (
  values: readonly number[],
  ids: readonly string[],
  { lowerIsBetter = false } = {},
): Uint8Array => {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => {
    const diff = lowerIsBetter ? values[j]! - values[i]! : values[i]! - values[j]!;
    return diff !== 0 ? diff : byCodeUnits(ids[i]!, ids[j]!);
  });
  const scores = new Uint8Array(n);
  order.forEach((customer, rank) => (scores[customer] = Math.floor((5 * rank) / n) + 1));
  return scores;
};

/** R, F, M scores, the RFM code, segment and value tier of every customer. */
export const scoreRfm = (
  customers: readonly RfmInput[],
  settings: RfmSettings = defaultRfmSettings,
): RfmScore[] => {
  const ids = customers.map((c) => c.customerId);
  const r = quintileScores(
    customers.map((c) => c.recencyDays),
    ids,
    { lowerIsBetter: true },
  );
  const f = quintileScores(
    customers.map((c) => c.frequency),
    ids,
  );
  const m = quintileScores(
    customers.map((c) => c.monetary),
    ids,
  );
  return customers.map((c, i) => {
    const fm = (f[i]! + m[i]!) / 2;
    return {
      customerId: c.customerId,
      r: r[i]!,
      f: f[i]!,
      m: m[i]!,
      code: `${r[i]}${f[i]}${m[i]}`,
      fm,
      segment: segmentOf(r[i]!, fm, settings.segments),
      tier: tierOf(r[i]! + f[i]! + m[i]!, settings.tiers),
    };
  });
};
