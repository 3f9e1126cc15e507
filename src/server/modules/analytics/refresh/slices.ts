import { createDashboardTally } from '../tally/dashboard-tally';
import type { DayWindow } from '../tally/window-tally';

/**
 * What the dashboard narrows customers by — who owns them, their team (which decides who sees
 * them) and their preferred channel. Customers sharing all three form a slice; the refresh
 * tallies every slice apart, so that any viewer's figures are the sum of the slices they see.
 * A saved segment's customers form slices of their own (`segmentId` set), beside the slices of
 * the whole organisation (`segmentId` null), so a segment's figures are sums of slices too.
 */
export type SliceKey = {
  ownerId: string | null;
  teamId: string | null;
  channel: string | null;
  segmentId: string | null;
};

/** The figures tallied per slice while the refresh reads the customers. */
export type SliceTally = {
  key: SliceKey;
  dashboard: ReturnType<typeof createDashboardTally>;
  /** Customers created by the end of each KPI window (all customers, buyers or not). */
  customers: number[];
};

/** Slices numbered 1, 2, … in the order first met; number 0 is the whole organisation. */
export const createSlices = (asOfDay: number, churnDays: number, windows: readonly DayWindow[]) => {
  const numbers = new Map<string, number>();
  const tallies: SliceTally[] = [];
  const newTally = (key: SliceKey): SliceTally => ({
    key,
    dashboard: createDashboardTally(asOfDay, churnDays, windows),
    customers: windows.map(() => 0),
  });
  return {
    /** The number of the slice of this key, added if new. */
    numberOf(key: SliceKey): number {
      const { ownerId, teamId, channel, segmentId } = key;
      const id = `${ownerId ?? ''}\u0000${teamId ?? ''}\u0000${channel ?? '\u0000'}\u0000${segmentId ?? ''}`;
      let n = numbers.get(id);
      if (n === undefined) {
        tallies.push(newTally(key));
        numbers.set(id, (n = tallies.length));
      }
      return n;
    },
    /** Slice `n` (1-based). */
    tally: (n: number): SliceTally => tallies[n - 1]!,
    all: (): readonly SliceTally[] => tallies,
    /** The whole organisation: its slices (not the segments') added up. */
    everyone(): SliceTally {
      const total = newTally({ ownerId: null, teamId: null, channel: null, segmentId: null });
      for (const t of tallies) {
        if (t.key.segmentId !== null) continue;
        total.dashboard.absorb(t.dashboard);
        t.customers.forEach((n, w) => (total.customers[w]! += n));
      }
      return total;
    },
  };
};

export type Slices = ReturnType<typeof createSlices>;
