import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { kpiDays, type allKpiWindows } from '../dashboard/kpi-windows';
import { createBreakdownTally } from '../tally/breakdown-tally';
import { storeDashboard } from './precompute.queries';
import type { ScoreColumns } from './score-customers';
import type { SegmentMembers } from './segment-members.queries';
import { addSegmentSlices } from './segment-slices';
import { sliceBreakdowns } from './slice-breakdowns';
import type { Slices } from './slices';
import type { Prospects, Summaries } from './summaries';
import { sliceTopCustomers } from './top-customers';
import { sliceTransitions, type SliceTransitions } from './transitions.queries';

type Input = {
  orgId: string;
  asOf: string;
  timeZone: string;
  windows: ReturnType<typeof allKpiWindows>;
  summaries: Summaries;
  prospects: Prospects;
  columns: Readonly<ScoreColumns>;
  clvEdges: readonly number[];
  slices: Slices;
  segments: readonly SegmentMembers[];
};

/**
 * Precomputes the dashboard from what the refresh has in memory — the slices' tallies of
 * purchase days, the scores just written — plus the stage changes recorded so far (of the
 * customers in the table), for the whole organisation (slice 0, the sum of its slices), for
 * every slice, and for every slice of every saved segment, with each slice's top candidates
 * for the dashboard's lists, and stores it.
 */
export const precomputeDashboard = async (db: Kysely<DB>, x: Input) => {
  const membership = addSegmentSlices(x.summaries, x.prospects, x.slices, x.segments);
  const ofOrganisation = (sliceNo: number) => x.slices.tally(sliceNo).key.segmentId === null;
  const transitions = await sliceTransitions(db, x, kpiDays, (id) => {
    const at = membership.positionOf(id);
    return at < 0 ? [] : membership.slicesOf(at);
  });
  const everyoneChanged = new Map<string, SliceTransitions>();
  for (const t of transitions) {
    if (!ofOrganisation(t.sliceNo)) continue;
    const key = `${t.days}\u0000${t.from_stage}\u0000${t.to_stage}`;
    const sum = everyoneChanged.get(key);
    if (sum) sum.customers += t.customers;
    else everyoneChanged.set(key, { ...t, sliceNo: 0 });
  }
  const count = x.slices.all().length;
  const breakdowns = sliceBreakdowns(x.summaries, x.prospects, x.columns, x.clvEdges, count, membership);
  const everyone = createBreakdownTally(x.clvEdges);
  breakdowns.tallies.forEach((t, i) => ofOrganisation(i + 1) && everyone.absorb(t));
  await storeDashboard(db, {
    orgId: x.orgId,
    windows: x.windows,
    slices: [
      { sliceNo: 0, tally: x.slices.everyone(), breakdowns: everyone.rows() },
      ...x.slices
        .all()
        .map((tally, i) => ({ sliceNo: i + 1, tally, breakdowns: breakdowns.tallies[i]!.rows() })),
    ],
    clv: breakdowns.clv,
    transitions: [...everyoneChanged.values(), ...transitions],
    top: sliceTopCustomers(x.summaries, x.columns, count, membership),
    segments: x.segments,
  });
};
