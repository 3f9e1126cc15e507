import { arrayNumbers } from '../tally/customer-days.queries';
import type { SegmentMembers } from './segment-members.queries';
import { positionLookup, sliceAt } from './slice-lookup';
import type { Slices } from './slices';
import type { Prospects, Summaries } from './summaries';

/**
 * Which slices each customer the refresh read counts in: its organisation slice first, then,
 * for every segment it belongs to, that segment's slice of the same owner, team and channel.
 * Positions are as `positionLookup` gives them.
 */
export type Membership = {
  positionOf: (customerId: string) => number;
  slicesOf: (position: number) => number[];
};

/**
 * Adds the segments' slices to `slices` — one per segment and organisation slice its customers
 * fall in — and tallies each member into its segment slice as the read tallied it into its
 * organisation slice: counted in the KPI windows it existed by, and, for a buyer, the purchase
 * days stored with the scores. Customers the refresh did not read (added since) are left out,
 * as they are from the organisation's figures.
 */
export const addSegmentSlices = (
  s: Summaries,
  p: Prospects,
  slices: Slices,
  segments: readonly SegmentMembers[],
): Membership => {
  const buyers = s.ids.length;
  const positionOf = positionLookup(s, p);
  const groups = segments.map((segment) => {
    const member = new Uint8Array(buyers + p.ids.length);
    const sliceOf = new Map<number, number>();
    for (const id of segment.ids) {
      const at = positionOf(id);
      if (at < 0 || member[at]) continue;
      member[at] = 1;
      const base = sliceAt(s, p, at);
      let n = sliceOf.get(base);
      if (n === undefined) {
        n = slices.numberOf({ ...slices.tally(base).key, segmentId: segment.id });
        sliceOf.set(base, n);
      }
      const tally = slices.tally(n);
      const createdBy = at < buyers ? s.createdBy[at]! : p.createdBy[at - buyers]!;
      for (let w = 0; w < tally.customers.length; w++) if (createdBy & (1 << w)) tally.customers[w]!++;
      if (at < buyers)
        tally.dashboard.add(arrayNumbers(s.historyDays[at]!), arrayNumbers(s.historyCents[at]!));
    }
    return { member, sliceOf };
  });
  return {
    positionOf,
    slicesOf(at) {
      const base = sliceAt(s, p, at);
      const all = [base];
      for (const g of groups) if (g.member[at]) all.push(g.sliceOf.get(base)!);
      return all;
    },
  };
};
