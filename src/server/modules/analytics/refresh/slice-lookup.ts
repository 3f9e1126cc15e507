/** Customers in columns, ids ascending (as the refresh reads them), each with its slice. */
type Sliced = { ids: readonly string[]; slice: readonly number[] };

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

/** The slice of a customer among `lists`, by binary search; null for one in none of them. */
export const sliceLookup =
  (...lists: Sliced[]) =>
  (id: string): number | null => {
    for (const list of lists) {
      const i = find(list.ids, id);
      if (i >= 0) return list.slice[i]!;
    }
    return null;
  };
