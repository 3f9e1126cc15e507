import { describe, expect, it } from 'vitest';
import { clvBucketEdges } from './clv-buckets';

describe('CLV histogram bounds', () => {
  it('uses ten round steps that reach the 99th percentile', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i * 100); // 0 … 99,900; p99 = 99,000
    const edges = clvBucketEdges(values);
    expect(edges).toEqual([0, 20000, 40000, 60000, 80000, 100000, 120000, 140000, 160000, 180000]);
  });

  it('keeps a step of at least one minor unit, and has no buckets without values', () => {
    expect(clvBucketEdges([0, 0, 0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(clvBucketEdges([])).toEqual([]);
  });
});
