import { describe, expect, it } from 'vitest';
import { alsoBought, CO_PURCHASE_SHRINKAGE, fitCoPurchase, recommendFor } from './co-purchase';

/** Products per customer; n: A 5, D 4, B 3, C 2, E 2. Together: AB 3, AC 2, BC 2, AD 2, DE 2. */
const baskets = [
  ['A', 'B', 'C'],
  ['C', 'B', 'A'],
  ['A', 'B'],
  ['A', 'D'],
  ['D', 'A'],
  ['D', 'E'],
  ['E', 'D'],
];
/** Shrunk cosine written out by hand: together / √(nI·nJ) · together / (together + λ). */
const sim = (together: number, nI: number, nJ: number) =>
  (together / Math.sqrt(nI * nJ)) * (together / (together + CO_PURCHASE_SHRINKAGE));

describe('customers who bought this also bought', () => {
  const model = fitCoPurchase(baskets);

  it('ranks neighbours by shrunk cosine, not by raw count', () => {
    expect(alsoBought(model, 'A', 10)).toEqual([
      { productId: 'B', score: sim(3, 5, 3), together: 3 },
      { productId: 'C', score: sim(2, 5, 2), together: 2 },
      { productId: 'D', score: sim(2, 5, 4), together: 2 },
    ]);
    // C and D are both bought with A by 2 customers; C wins because fewer customers buy it overall.
    expect(sim(2, 5, 2)).toBeGreaterThan(sim(2, 5, 4));
  });

  it('counts customers, not purchases: buying again later adds nothing', () => {
    const repeat = fitCoPurchase([['A', 'B', 'A', 'B'], ['B', 'A'], ['A']]);
    expect(alsoBought(repeat, 'B', 5)).toEqual([{ productId: 'A', score: sim(2, 3, 2), together: 2 }]);
  });

  it('ignores a pair only one customer bought together', () => {
    const sparse = fitCoPurchase([...baskets, ['B', 'E']]);
    expect(alsoBought(sparse, 'B', 10).map((n) => n.productId)).toEqual(['A', 'C']);
  });

  it('keeps at most the configured number of neighbours, and at most k', () => {
    expect(alsoBought(fitCoPurchase(baskets, { neighbours: 1 }), 'A', 10).map((n) => n.productId)).toEqual([
      'B',
    ]);
    expect(alsoBought(model, 'A', 2).map((n) => n.productId)).toEqual(['B', 'C']);
  });

  it('breaks equal scores by product id', () => {
    const tied = fitCoPurchase([
      ['X', 'Z', 'Y'],
      ['Z', 'Y', 'X'],
    ]);
    expect(alsoBought(tied, 'X', 5).map((n) => n.productId)).toEqual(['Y', 'Z']);
  });

  it('has nothing for an unknown product', () => {
    expect(alsoBought(model, 'nope', 5)).toEqual([]);
  });
});

describe('recommendations for a customer', () => {
  const model = fitCoPurchase(baskets);

  it('skips what the customer owns and names the owned product behind each suggestion', () => {
    expect(recommendFor(model, ['A', 'D'], 3)).toEqual([
      { productId: 'B', score: sim(3, 5, 3), reason: 'co-purchase', because: 'A' },
      { productId: 'E', score: sim(2, 4, 2), reason: 'co-purchase', because: 'D' },
      { productId: 'C', score: sim(2, 5, 2), reason: 'co-purchase', because: 'A' },
    ]);
  });

  it('adds up what several owned products say, and credits the biggest contributor', () => {
    expect(recommendFor(model, ['D', 'B'], 3)).toEqual([
      { productId: 'A', score: sim(3, 3, 5) + sim(2, 4, 5), reason: 'co-purchase', because: 'B' },
      { productId: 'C', score: sim(2, 3, 2), reason: 'co-purchase', because: 'B' },
      { productId: 'E', score: sim(2, 4, 2), reason: 'co-purchase', because: 'D' },
    ]);
  });

  it('breaks equal scores by product id, and equal contributions by the owned product id', () => {
    const tied = fitCoPurchase([
      ['P', 'S', 'R', 'Q'],
      ['S', 'Q', 'R', 'P'],
    ]);
    // R and S score the same; each gets the same from P and from Q, so P is credited.
    expect(recommendFor(tied, ['Q', 'P'], 2)).toEqual([
      { productId: 'R', score: 2 * sim(2, 2, 2), reason: 'co-purchase', because: 'P' },
      { productId: 'S', score: 2 * sim(2, 2, 2), reason: 'co-purchase', because: 'P' },
    ]);
  });

  it('fills up with popular products when co-purchase has too few candidates', () => {
    expect(recommendFor(model, ['D', 'E'], 3)).toEqual([
      { productId: 'A', score: sim(2, 4, 5), reason: 'co-purchase', because: 'D' },
      { productId: 'B', score: 3, reason: 'popular', because: null },
      { productId: 'C', score: 2, reason: 'popular', because: null },
    ]);
  });

  it('offers the most popular products to a customer without history', () => {
    const expected = ['A', 'D', 'B'].map((productId, i) => ({
      productId,
      score: [5, 4, 3][i],
      reason: 'popular',
      because: null,
    }));
    expect(recommendFor(model, [], 3)).toEqual(expected);
    expect(recommendFor(model, ['never-seen'], 3)).toEqual(expected);
  });

  it('runs out rather than repeat or suggest owned products', () => {
    const all = recommendFor(model, ['A'], 10).map((r) => r.productId);
    expect(all).toEqual(['B', 'C', 'D', 'E']);
  });
});
