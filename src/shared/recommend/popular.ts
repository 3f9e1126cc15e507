/** A product and how many distinct customers bought it. */
export type PopularProduct = { productId: string; customers: number };

/** Products ranked by distinct customers, most first; ties by product id (code-unit order). */
export type PopularModel = { ranked: readonly PopularProduct[] };

/** A most-popular suggestion; `score` is the number of distinct customers who bought it. */
export type PopularSuggestion = { productId: string; score: number };

const byCustomersThenId = (a: PopularProduct, b: PopularProduct) =>
  b.customers - a.customers || (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0);

/** Ranks products whose distinct-customer counts are already known. */
export const popularFromCounts = (counts: Iterable<readonly [string, number]>): PopularModel => ({
  ranked: [...counts]
    .filter(([, customers]) => customers > 0)
    .map(([productId, customers]) => ({ productId, customers }))
    .sort(byCustomersThenId),
});

/**
 * Fits the baseline from customer-level baskets: each basket is everything one customer bought,
 * so a product counts once per customer however often they bought it.
 */
export const fitPopular = (baskets: Iterable<Iterable<string>>): PopularModel => {
  const counts = new Map<string, number>();
  for (const basket of baskets) {
    for (const productId of new Set(basket)) counts.set(productId, (counts.get(productId) ?? 0) + 1);
  }
  return popularFromCounts(counts);
};

/**
 * The `k` most popular products the customer does not already have. `skip` holds further
 * products to leave out (for example those already suggested for another reason).
 */
export const recommendPopular = (
  model: PopularModel,
  owned: Iterable<string>,
  k: number,
  skip: ReadonlySet<string> = new Set(),
): PopularSuggestion[] => {
  const ownedSet = owned instanceof Set ? (owned as ReadonlySet<string>) : new Set(owned);
  const out: PopularSuggestion[] = [];
  for (const { productId, customers } of model.ranked) {
    if (out.length >= k) break;
    if (ownedSet.has(productId) || skip.has(productId)) continue;
    out.push({ productId, score: customers });
  }
  return out;
};
