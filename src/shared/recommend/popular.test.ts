import { describe, expect, it } from 'vitest';
import { fitPopular, recommendPopular } from './popular';

describe('most-popular baseline', () => {
  const model = fitPopular([['A', 'A', 'A', 'B'], ['B', 'C'], ['C', 'D'], ['C']]);

  it('ranks by distinct customers, ties by product id', () => {
    expect(model.ranked).toEqual([
      { productId: 'C', customers: 3 },
      { productId: 'B', customers: 2 },
      { productId: 'A', customers: 1 },
      { productId: 'D', customers: 1 },
    ]);
  });

  it('skips owned products and any asked to skip', () => {
    expect(recommendPopular(model, ['C'], 2)).toEqual([
      { productId: 'B', score: 2 },
      { productId: 'A', score: 1 },
    ]);
    expect(recommendPopular(model, new Set(['C']), 2, new Set(['B']))).toEqual([
      { productId: 'A', score: 1 },
      { productId: 'D', score: 1 },
    ]);
  });

  it('returns fewer than k when the catalogue runs out', () => {
    expect(recommendPopular(model, ['A', 'B', 'C'], 5)).toEqual([{ productId: 'D', score: 1 }]);
  });
});
