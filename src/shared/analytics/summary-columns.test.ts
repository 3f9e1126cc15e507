import { describe, expect, it } from 'vitest';
import { meanT, rescaleTime, toColumns } from './summary-columns';

describe('toColumns', () => {
  const customers = [
    { x: 2, tx: 30, T: 38 },
    { x: 0, tx: 0, T: 38 },
    { x: 2, tx: 30, T: 38 },
    { x: 1, tx: 5, T: 20 },
  ];

  it('merges identical customers into one row with a count, and indexes distinct values', () => {
    const c = toColumns(customers);
    expect(c.size).toBe(3);
    expect(c.customers).toBe(4);
    expect(Array.from(c.count)).toEqual([2, 1, 1]);
    expect(Array.from(c.xLevels.values)).toEqual([0, 1, 2]);
    expect(Array.from(c.xLevels.index)).toEqual([2, 0, 1]);
    expect(Array.from(c.TLevels.values)).toEqual([20, 38]);
    expect(Array.from(c.txLevels.index, (i) => c.txLevels.values[i])).toEqual(Array.from(c.tx));
  });

  it('keeps one row per customer when asked', () => {
    expect(toColumns(customers, { group: false }).size).toBe(4);
  });

  it('rescales times and computes the mean T over customers', () => {
    const c = toColumns(customers);
    expect(meanT(c)).toBe((38 * 3 + 20) / 4);
    const scaled = rescaleTime(c, 2);
    expect(Array.from(scaled.T)).toEqual([19, 19, 10]);
    expect(Array.from(scaled.TLevels.values)).toEqual([10, 19]);
    expect(Array.from(scaled.x)).toEqual(Array.from(c.x));
  });

  it('refuses summaries no model accepts', () => {
    expect(() => toColumns([{ x: 1.5, tx: 1, T: 2 }])).toThrow(/summary 1 is not usable/);
    expect(() => toColumns([{ x: 1, tx: 3, T: 2 }])).toThrow(/0 ≤ t_x ≤ T/);
    expect(() => toColumns([{ x: 0, tx: 1, T: 2 }])).toThrow(/t_x = 0 when x = 0/);
  });
});
