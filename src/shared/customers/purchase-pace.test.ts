import { describe, expect, it } from 'vitest';
import { daysSinceLastOrder, purchaseFrequency } from './purchase-pace';

const now = new Date('2026-03-31T12:00:00Z');

describe('purchase pace', () => {
  it('counts whole days since the last order, and none for a customer who never ordered', () => {
    expect(daysSinceLastOrder('2026-03-31T08:00:00Z', now)).toBe(0);
    expect(daysSinceLastOrder('2026-03-30T12:00:00Z', now)).toBe(1);
    expect(daysSinceLastOrder('2025-12-31T13:00:00Z', now)).toBe(89);
    expect(daysSinceLastOrder(null, now)).toBeNull();
  });

  it('gives orders per month since the first order, at least one month long', () => {
    expect(purchaseFrequency(0, null, now)).toBe(0);
    expect(purchaseFrequency(3, '2026-03-30T12:00:00Z', now)).toBe(3);
    // 12 orders over 365.25 days: one a month.
    expect(purchaseFrequency(12, '2025-03-31T06:00:00Z', now)).toBe(1);
    expect(purchaseFrequency(5, '2025-09-30T00:00:00Z', now)).toBeCloseTo(0.83, 2);
  });
});
