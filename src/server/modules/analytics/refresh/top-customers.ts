import type { DashboardList } from '../dashboard/customer-lists';
import { savable } from '../dashboard/customer-lists';
import type { ScoreColumns } from './score-customers';
import type { Membership } from './segment-slices';
import type { Summaries } from './summaries';

/** The longest list the dashboard shows (the `limit` query's maximum). */
export const TOP_SIZE = 200;

type Entry = { value: number; id: string };

/** Larger figure first, then larger id: the lists' `ORDER BY figure DESC, customer_id DESC`. */
const ranked = (a: Entry, b: Entry) => b.value - a.value || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The TOP_SIZE highest entries, kept by trimming a sorted buffer whenever it grows long. */
const createTop = () => {
  const entries: Entry[] = [];
  const trim = () => {
    entries.sort(ranked);
    entries.length = Math.min(entries.length, TOP_SIZE);
  };
  return {
    add(entry: Entry) {
      entries.push(entry);
      if (entries.length >= 4 * TOP_SIZE) trim();
    },
    rows(): readonly Entry[] {
      trim();
      return entries;
    },
  };
};

export type TopCustomer = { sliceNo: number; list: DashboardList; customerId: string; valueCents: number };

/**
 * Each slice's candidates for the dashboard's lists, from the scores just written: customers
 * who may still be saved by value at risk, churned customers by historical CLV. The top of a
 * union of slices is among the tops of its slices, so a viewer's list is exact.
 */
export const sliceTopCustomers = (
  s: Summaries,
  c: Readonly<ScoreColumns>,
  count: number,
  membership: Membership,
): TopCustomer[] => {
  const tops = {
    at_risk: [] as ReturnType<typeof createTop>[],
    win_back: [] as ReturnType<typeof createTop>[],
  };
  for (const list of Object.values(tops)) for (let n = 0; n < count; n++) list.push(createTop());
  const savableStages = new Set<string>(savable);
  for (let i = 0; i < s.ids.length; i++) {
    const stage = c.stage[i]!;
    const atRisk = c.valueAtRiskCents[i] ?? 0;
    const list =
      stage === 'churned' ? tops.win_back : atRisk > 0 && savableStages.has(stage) ? tops.at_risk : null;
    if (!list) continue;
    const entry = { value: list === tops.win_back ? c.historicalClvCents[i]! : atRisk, id: s.ids[i]! };
    for (const n of membership.slicesOf(i)) list[n - 1]!.add(entry);
  }
  return (Object.entries(tops) as [DashboardList, ReturnType<typeof createTop>[]][]).flatMap(
    ([list, slices]) =>
      slices.flatMap((top, i) =>
        top.rows().map((e) => ({ sliceNo: i + 1, list, customerId: e.id, valueCents: e.value })),
      ),
  );
};
