/** Customer summaries in columns, identical rows merged with a count, for fast likelihoods. */

export type Rfmt = { x: number; tx: number; T: number };

/** Distinct values of a column and each row's index into them. */
export type Levels = { values: Float64Array; index: Int32Array };

export type SummaryColumns = {
  size: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** How many customers share this row. */
  count: Float64Array;
  /**
   * Distinct values per column: terms that depend on one column only (lgamma of x, logs of
   * α + T) are computed once per distinct value rather than once per row.
   */
  xLevels: Levels;
  txLevels: Levels;
  TLevels: Levels;
  /** Σ count: the number of customers. */
  customers: number;
};

const levelsOf = (column: readonly number[]): Levels => {
  const values = [...new Set(column)].sort((p, q) => p - q);
  const at = new Map(values.map((v, i) => [v, i]));
  return { values: Float64Array.from(values), index: Int32Array.from(column, (v) => at.get(v)!) };
};

/** Row numbers by x, then t_x, then T: numbers as keys, so no string is built per customer. */
type RowIndex = Map<number, Map<number, Map<number, number>>>;

const rowFor = (index: RowIndex, s: Rfmt, next: number): number => {
  let byTx = index.get(s.x);
  if (!byTx) index.set(s.x, (byTx = new Map()));
  let byT = byTx.get(s.tx);
  if (!byT) byTx.set(s.tx, (byT = new Map()));
  const row = byT.get(s.T);
  if (row !== undefined) return row;
  byT.set(s.T, next);
  return next;
};

/**
 * Columns from per-customer summaries. Rows with identical (x, t_x, T) merge into one with a
 * count unless `group` is false (then row i is customer i, for per-customer predictions).
 * Throws on values no model accepts: x not a non-negative integer, t_x < 0, T < t_x.
 */
export const toColumns = (summaries: readonly Rfmt[], { group = true } = {}): SummaryColumns => {
  const index: RowIndex = new Map();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const count: number[] = [];
  summaries.forEach((s, i) => {
    if (!(Number.isInteger(s.x) && s.x >= 0 && s.tx >= 0 && s.T >= s.tx && (s.x > 0 || s.tx === 0)))
      throw new RangeError(
        `Customer summary ${i + 1} is not usable: x=${s.x}, t_x=${s.tx}, T=${s.T} (need a whole x ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0)`,
      );
    const row = group ? rowFor(index, s, x.length) : x.length;
    if (row < x.length) {
      count[row]!++;
      return;
    }
    x.push(s.x);
    tx.push(s.tx);
    T.push(s.T);
    count.push(1);
  });
  return {
    size: x.length,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    count: Float64Array.from(count),
    xLevels: levelsOf(x),
    txLevels: levelsOf(tx),
    TLevels: levelsOf(T),
    customers: summaries.length,
  };
};

/** The same customers with every time divided by `scale` (fits run on times of order 1). */
export const rescaleTime = (columns: SummaryColumns, scale: number): SummaryColumns => {
  const divide = (l: Levels) => ({ ...l, values: l.values.map((v) => v / scale) });
  return {
    ...columns,
    tx: columns.tx.map((v) => v / scale),
    T: columns.T.map((v) => v / scale),
    txLevels: divide(columns.txLevels),
    TLevels: divide(columns.TLevels),
  };
};

/** Mean T over customers: the scale fits divide times by. */
export const meanT = (columns: SummaryColumns): number => {
  let sum = 0;
  for (let i = 0; i < columns.size; i++) sum += columns.T[i]! * columns.count[i]!;
  return sum / columns.customers;
};
