import { categoryWeights, companions, demoProducts, tasteWeights, type DemoProduct } from './demo-catalogue';
import { cumulative, weightedIndex } from './samplers';
import type { Random } from './seeded-random';

/** One order line; totalCents = quantity × unitCents − discountCents. */
export type DemoLine = {
  sku: string;
  quantity: number;
  unitCents: number;
  discountCents: number;
  totalCents: number;
};

/** What a customer likes: a main and a second tea, and three products they keep coming back to. */
export type Taste = { primary: string; secondary: string; favourites: DemoProduct[] };

const byCategory = new Map<string, DemoProduct[]>();
for (const product of demoProducts)
  byCategory.set(product.category, [...(byCategory.get(product.category) ?? []), product]);
const bySku = new Map(demoProducts.map((p) => [p.sku, p]));
const teaKeys = Object.keys(tasteWeights);
const teaSums = cumulative(Object.values(tasteWeights));
const anyKeys = Object.keys(categoryWeights);
const anySums = cumulative(Object.values(categoryWeights));
const lineCountSums = cumulative([55, 30, 15]);
const MAX_QUANTITY = 12;

const weightedProduct = (rng: Random, products: readonly DemoProduct[]) =>
  products[weightedIndex(rng, cumulative(products.map((p) => p.weight)))]!;

export const drawTaste = (rng: Random): Taste => {
  const primary = teaKeys[weightedIndex(rng, teaSums)]!;
  let secondary = primary;
  while (secondary === primary) secondary = teaKeys[weightedIndex(rng, teaSums)]!;
  const favourites = [
    weightedProduct(rng, byCategory.get(primary)!),
    weightedProduct(rng, byCategory.get(primary)!),
    weightedProduct(rng, byCategory.get(secondary)!),
  ];
  return { primary, secondary, favourites };
};

type Pick = { product: DemoProduct; quantity: number };

const quantityFor = (share: number, price: number) =>
  Math.min(MAX_QUANTITY, Math.max(1, Math.round(share / price)));

/** The product of a category (and how many) whose list value is closest to `share`, mostly. */
const fitInCategory = (rng: Random, category: string, share: number, scale: number): Pick => {
  const ranked = byCategory
    .get(category)!
    .map((product) => {
      const price = product.priceCents * scale;
      const quantity = quantityFor(share, price);
      return { product, quantity, error: Math.abs(Math.log((quantity * price) / share)) };
    })
    .sort((x, y) => x.error - y.error || x.product.sku.localeCompare(y.product.sku));
  const u = rng.next();
  return ranked[Math.min(ranked.length - 1, u < 0.6 ? 0 : u < 0.9 ? 1 : 2)]!;
};

/** A given product unless it costs far more than the share, then the best fit in its category. */
const fixedOrFit = (rng: Random, product: DemoProduct, share: number, scale: number): Pick =>
  product.priceCents * scale > 2 * share
    ? fitInCategory(rng, product.category, share, scale)
    : { product, quantity: quantityFor(share, product.priceCents * scale) };

const pickItem = (rng: Random, taste: Taste, share: number, scale: number): Pick => {
  const u = rng.next();
  if (u < 0.45) return fixedOrFit(rng, rng.pick(taste.favourites), share, scale);
  if (u < 0.75) return fitInCategory(rng, rng.chance(0.7) ? taste.primary : taste.secondary, share, scale);
  if (u < 0.88) return fixedOrFit(rng, bySku.get(rng.pick(companions[taste.primary]!))!, share, scale);
  return fitInCategory(rng, anyKeys[weightedIndex(rng, anySums)]!, share, scale);
};

/**
 * Lines worth exactly `amountCents` together: one to three products chosen by the customer's
 * taste and priced near their share of the amount. What list prices cannot match exactly is
 * settled as a discount (the usual case) or, when the basket is worth less than was spent, a
 * unit price a little above list — so the order total is exactly the simulated spend.
 */
export const buildBasket = (rng: Random, taste: Taste, amountCents: number, scale: number): DemoLine[] => {
  const count = amountCents < 8000 * scale ? 1 : 1 + weightedIndex(rng, lineCountSums);
  const weights = Array.from({ length: count }, () => 0.5 + rng.next());
  const sum = weights.reduce((s, w) => s + w, 0);
  const picks: Pick[] = [];
  for (const w of weights) {
    const pick = pickItem(rng, taste, (amountCents * w) / sum, scale);
    const same = picks.find((p) => p.product.sku === pick.product.sku);
    if (same) same.quantity = Math.min(MAX_QUANTITY * 2, same.quantity + pick.quantity);
    else picks.push({ ...pick });
  }
  return priceLines(picks, amountCents, scale) ?? priceLines(picks.slice(0, 1), amountCents, scale)!;
};

/** Lines for the picks summing to exactly `amountCents`; null if a line would come to nothing. */
const priceLines = (picks: Pick[], amountCents: number, scale: number): DemoLine[] | null => {
  const units = picks.map((p) => Math.max(1, Math.round(p.product.priceCents * scale)));
  const listTotals = picks.map((p, i) => p.quantity * units[i]!);
  const listSum = listTotals.reduce((s, t) => s + t, 0);
  const totals = listTotals.map((t) => Math.round((t * amountCents) / listSum));
  totals[totals.length - 1] = amountCents - totals.slice(0, -1).reduce((s, t) => s + t, 0);
  if (totals.some((t) => t < 1)) return null;
  return picks.map((p, i) => {
    const total = totals[i]!;
    const unit = total <= listTotals[i]! ? units[i]! : Math.ceil(total / p.quantity);
    return {
      sku: p.product.sku,
      quantity: p.quantity,
      unitCents: unit,
      discountCents: unit * p.quantity - total,
      totalCents: total,
    };
  });
};
