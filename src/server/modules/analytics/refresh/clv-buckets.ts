/**
 * Lower bounds (minor units) of the CLV histogram's buckets: 0 and `count − 1` equal steps of a
 * round size (1, 2 or 5 × 10^k) chosen so that the 99th percentile is at most the last bound;
 * the last bucket, open upwards, holds the top 1% or less. The same bounds serve every viewer of one refresh, so their charts
 * compare. Empty when nobody has a predicted CLV.
 */
export const clvBucketEdges = (values: readonly number[], count = 10): number[] => {
  if (values.length === 0) return [];
  const sorted = Float64Array.from(values).sort();
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))]!;
  const raw = Math.max(p99 / (count - 1), 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return Array.from({ length: count }, (_, i) => i * step);
};
