import { describe, expect, it } from 'vitest';
import { fillMonths } from './month-series';

describe('fillMonths', () => {
  it('fills months without purchases with zeros, across a year end', () => {
    expect(
      fillMonths([
        { month: '2025-11', revenueCents: 100, orders: 1 },
        { month: '2026-02', revenueCents: 300, orders: 2 },
      ]),
    ).toEqual([
      { month: '2025-11', revenueCents: 100, orders: 1 },
      { month: '2025-12', revenueCents: 0, orders: 0 },
      { month: '2026-01', revenueCents: 0, orders: 0 },
      { month: '2026-02', revenueCents: 300, orders: 2 },
    ]);
  });

  it('keeps a single month and an empty history as they are', () => {
    expect(fillMonths([{ month: '2026-03', revenueCents: 5, orders: 1 }])).toHaveLength(1);
    expect(fillMonths([])).toEqual([]);
  });
});
