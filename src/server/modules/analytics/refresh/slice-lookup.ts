import type { Prospects, Summaries } from './summaries';

const find = (ids: readonly string[], id: string) => {
  let [low, high] = [0, ids.length - 1];
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = ids[mid]!;
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
};

/**
 * Where the refresh holds a customer, by binary search (both lists are ids ascending): buyer i
 * at position i, prospect j at position buyers + j; -1 for a customer it did not read.
 */
export const positionLookup =
  (s: Summaries, p: Prospects) =>
  (id: string): number => {
    const i = find(s.ids, id);
    if (i >= 0) return i;
    const j = find(p.ids, id);
    return j >= 0 ? s.ids.length + j : -1;
  };

/** The organisation slice of the customer at `position`. */
export const sliceAt = (s: Summaries, p: Prospects, position: number): number =>
  position < s.ids.length ? s.slice[position]! : p.slice[position - s.ids.length]!;
