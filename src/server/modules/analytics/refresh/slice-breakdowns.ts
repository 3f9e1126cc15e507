import { createBreakdownTally, type BreakdownTally } from '../tally/breakdown-tally';
import type { ScoreColumns } from './score-customers';
import type { Membership } from './segment-slices';
import type { Prospects, Summaries } from './summaries';

export type SliceClv = { customers: number; sumCents: number };

/**
 * The breakdown charts' rows of every slice (index n − 1 for slice n, `count` slices), tallied
 * from the scores just written, and each slice's predicted CLV count and sum.
 */
export const sliceBreakdowns = (
  s: Summaries,
  p: Prospects,
  c: Readonly<ScoreColumns>,
  clvEdges: readonly number[],
  count: number,
  membership: Membership,
) => {
  const tallies: BreakdownTally[] = Array.from({ length: count }, () => createBreakdownTally(clvEdges));
  const clv = new Map<number, SliceClv>();
  for (let i = 0; i < s.ids.length; i++) {
    const predicted = c.predictedClvCents[i]!;
    const row = {
      rfmR: c.r[i]!,
      rfmF: c.f[i]!,
      segment: c.segment[i]!,
      tier: c.tier[i]!,
      stage: c.stage[i]!,
      historicalClvCents: c.historicalClvCents[i]!,
      predictedClvCents: predicted,
    };
    for (const n of membership.slicesOf(i)) {
      tallies[n - 1]!.add(row);
      if (predicted === null) continue;
      const sum = clv.get(n) ?? { customers: 0, sumCents: 0 };
      sum.customers++;
      sum.sumCents += predicted;
      clv.set(n, sum);
    }
  }
  const prospect = {
    rfmR: null,
    rfmF: null,
    segment: null,
    tier: null,
    stage: 'prospect',
    historicalClvCents: 0,
    predictedClvCents: null,
  };
  for (let j = 0; j < p.ids.length; j++)
    for (const n of membership.slicesOf(s.ids.length + j)) tallies[n - 1]!.add(prospect);
  return { tallies, clv };
};
