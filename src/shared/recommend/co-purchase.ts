import { popularFromCounts, recommendPopular, type PopularModel } from './popular';

/**
 * Item-to-item co-purchase model ("customers who bought this also bought"). Baskets are
 * customer-level: everything one customer ever bought, so buying A and later B counts as
 * buying both. The server's SQL version mirrors this file; keep the two in step through the
 * exported constants and `coPurchaseScore`.
 */

/**
 * Neighbours kept per product, best first; bounds the model at products × this many pairs.
 * Measured on Online Retail, 20 recommends better than 50 (weak neighbours add noise), see
 * docs/decisions.md.
 */
export const CO_PURCHASE_NEIGHBOURS = 20;

/** Shrinkage λ: a pair seen with `together` customers keeps together / (together + λ) of its cosine. */
export const CO_PURCHASE_SHRINKAGE = 5;

/** Pairs bought together by fewer customers than this are not neighbours at all. */
export const CO_PURCHASE_MIN_TOGETHER = 2;

/**
 * Similarity of product j to product i: cosine over customers, shrunk towards 0 when few
 * customers bought both, `together / sqrt(customersI · customersJ) · together / (together + λ)`.
 * Symmetric. Operations are in this order so SQL in double precision gives the same bits.
 */
export const coPurchaseScore = (together: number, customersI: number, customersJ: number): number =>
  (together / Math.sqrt(customersI * customersJ)) * (together / (together + CO_PURCHASE_SHRINKAGE));

/** A similarity between product i and j from their co-purchase and customer counts. */
export type Similarity = (together: number, customersI: number, customersJ: number) => number;

export type CoPurchaseOptions = { neighbours?: number; minTogether?: number; similarity?: Similarity };

/**
 * Products are numbered in code-unit order of their ids, so comparing numbers breaks ties the
 * same way as comparing ids (PostgreSQL: `COLLATE "C"`). Neighbour lists are stored flat:
 * product p's neighbours are at `neighbourStart[p] … neighbourStart[p + 1] - 1`.
 */
export type CoPurchaseModel = {
  productIds: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  customers: Int32Array;
  neighbourStart: Int32Array;
  neighbour: Int32Array;
  together: Int32Array;
  score: Float64Array;
  popular: PopularModel;
};

export type AlsoBought = { productId: string; score: number; together: number };

export type Recommendation =
  | { productId: string; score: number; reason: 'co-purchase'; because: string }
  | { productId: string; score: number; reason: 'popular'; because: null };

/** True when (scoreA, a) ranks before (scoreB, b): higher score first, then lower index. */
const ranksBefore = (scoreA: number, a: number, scoreB: number, b: number) =>
  scoreA > scoreB || (scoreA === scoreB && a < b);

/** Customer-level baskets as product indices, with product→customers lists (CSR). */
const indexBaskets = (baskets: Iterable<Iterable<string>>) => {
  const sets = [...baskets].map((b) => [...new Set(b)]);
  const productIds = [...new Set(sets.flat())].sort();
  const indexOf = new Map(productIds.map((id, i) => [id, i]));
  const items = sets.map((s) => Int32Array.from(s, (id) => indexOf.get(id)!));
  const customers = new Int32Array(productIds.length);
  for (const basket of items) for (const p of basket) customers[p]!++;
  const start = new Int32Array(productIds.length + 1);
  for (let p = 0; p < productIds.length; p++) start[p + 1] = start[p]! + customers[p]!;
  const buyers = new Int32Array(start[productIds.length]!);
  const fill = start.slice(0, productIds.length);
  items.forEach((basket, c) => basket.forEach((p) => (buyers[fill[p]!++] = c)));
  return { productIds, indexOf, items, customers, start, buyers };
};

/** Fits the model; O(Σ basket²) time, O(products × neighbours) memory for the result. */
export const fitCoPurchase = (
  baskets: Iterable<Iterable<string>>,
  options: CoPurchaseOptions = {},
): CoPurchaseModel => {
  const cap = options.neighbours ?? CO_PURCHASE_NEIGHBOURS;
  const minTogether = options.minTogether ?? CO_PURCHASE_MIN_TOGETHER;
  const similarity = options.similarity ?? coPurchaseScore;
  const { productIds, indexOf, items, customers, start, buyers } = indexBaskets(baskets);
  const n = productIds.length;
  const counts = new Int32Array(n);
  const touched = new Int32Array(n);
  const topIdx = new Int32Array(cap);
  const topScore = new Float64Array(cap);
  const topTogether = new Int32Array(cap);
  const neighbourStart = new Int32Array(n + 1);
  const neighbour = new Int32Array(n * cap);
  const together = new Int32Array(n * cap);
  const score = new Float64Array(n * cap);
  let used = 0;
  for (let i = 0; i < n; i++) {
    let nTouched = 0;
    for (let b = start[i]!; b < start[i + 1]!; b++) {
      for (const j of items[buyers[b]!]!) {
        if (j === i) continue;
        if (counts[j] === 0) touched[nTouched++] = j;
        counts[j]!++;
      }
    }
    // Keep the best `cap` in a small sorted buffer; most candidates fail the first comparison.
    let len = 0;
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t]!;
      const c = counts[j]!;
      counts[j] = 0;
      if (c < minTogether) continue;
      const s = similarity(c, customers[i]!, customers[j]!);
      if (len === cap && !ranksBefore(s, j, topScore[cap - 1]!, topIdx[cap - 1]!)) continue;
      let at = len < cap ? len++ : cap - 1;
      while (at > 0 && ranksBefore(s, j, topScore[at - 1]!, topIdx[at - 1]!)) {
        topScore[at] = topScore[at - 1]!;
        topIdx[at] = topIdx[at - 1]!;
        topTogether[at] = topTogether[at - 1]!;
        at--;
      }
      topScore[at] = s;
      topIdx[at] = j;
      topTogether[at] = c;
    }
    neighbour.set(topIdx.subarray(0, len), used);
    score.set(topScore.subarray(0, len), used);
    together.set(topTogether.subarray(0, len), used);
    used += len;
    neighbourStart[i + 1] = used;
  }
  return {
    productIds,
    indexOf,
    customers,
    neighbourStart,
    neighbour: neighbour.slice(0, used),
    together: together.slice(0, used),
    score: score.slice(0, used),
    popular: popularFromCounts(productIds.map((id, p) => [id, customers[p]!] as const)),
  };
};

/** "Customers who bought this also bought": up to `k` neighbours, best first; [] for an unknown product. */
export const alsoBought = (model: CoPurchaseModel, productId: string, k: number): AlsoBought[] => {
  const p = model.indexOf.get(productId);
  if (p === undefined) return [];
  const out: AlsoBought[] = [];
  for (let e = model.neighbourStart[p]!; e < model.neighbourStart[p + 1]! && out.length < k; e++) {
    out.push({
      productId: model.productIds[model.neighbour[e]!]!,
      score: model.score[e]!,
      together: model.together[e]!,
    });
  }
  return out;
};

/**
 * Up to `k` products for a customer who owns `owned`, never one they already have. A
 * candidate's score is the sum of its similarities to the owned products that list it among
 * their neighbours (summed in product-id order of the owned items); `because` is the owned
 * product that contributed most (ties: lower id). Ranked by score, then product id. When there
 * are fewer than `k` candidates (no history, or only rare products), the most popular products
 * fill the rest with reason 'popular'.
 */
export const recommendFor = (
  model: CoPurchaseModel,
  owned: Iterable<string>,
  k: number,
): Recommendation[] => {
  if (k <= 0) return [];
  const ownedSet = new Set(owned);
  const ownedIdx = [...ownedSet]
    .map((id) => model.indexOf.get(id))
    .filter((p): p is number => p !== undefined)
    .sort((a, b) => a - b);
  const n = model.productIds.length;
  const isOwned = new Uint8Array(n);
  for (const p of ownedIdx) isOwned[p] = 1;
  const total = new Float64Array(n);
  const best = new Float64Array(n);
  const bestFrom = new Int32Array(n).fill(-1);
  const candidates: number[] = [];
  for (const o of ownedIdx) {
    for (let e = model.neighbourStart[o]!; e < model.neighbourStart[o + 1]!; e++) {
      const j = model.neighbour[e]!;
      if (isOwned[j]) continue;
      const s = model.score[e]!;
      if (bestFrom[j] === -1) candidates.push(j);
      total[j]! += s;
      // Owned items arrive in ascending order, so on a tie the lower id keeps `because`.
      if (bestFrom[j] === -1 || s > best[j]!) {
        best[j] = s;
        bestFrom[j] = o;
      }
    }
  }
  candidates.sort((a, b) => total[b]! - total[a]! || a - b);
  const out: Recommendation[] = candidates.slice(0, k).map((j) => ({
    productId: model.productIds[j]!,
    score: total[j]!,
    reason: 'co-purchase',
    because: model.productIds[bestFrom[j]!]!,
  }));
  if (out.length < k) {
    const chosen = new Set(out.map((r) => r.productId));
    for (const p of recommendPopular(model.popular, ownedSet, k - out.length, chosen)) {
      out.push({ ...p, reason: 'popular', because: null });
    }
  }
  return out;
};
