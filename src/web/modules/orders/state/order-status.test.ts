import { describe, expect, it } from 'vitest';
import { orderStatuses } from '../../../../shared/contracts/orders';
import { canRefund, nextStatuses } from './order-status';

describe('order status steps', () => {
  it('moves placed and paid orders forward or to cancelled, shipped only to completed', () => {
    expect(nextStatuses('placed')).toEqual(['paid', 'shipped', 'completed', 'cancelled']);
    expect(nextStatuses('paid')).toEqual(['shipped', 'completed', 'cancelled']);
    expect(nextStatuses('shipped')).toEqual(['completed']);
  });

  it('offers no step out of completed, cancelled or refunded', () => {
    for (const status of ['completed', 'cancelled', 'refunded'] as const)
      expect(nextStatuses(status)).toEqual([]);
  });

  it('never offers refunded as a step', () => {
    for (const status of orderStatuses) expect(nextStatuses(status)).not.toContain('refunded');
  });

  it('refunds only orders whose money was taken', () => {
    expect(orderStatuses.filter(canRefund)).toEqual(['paid', 'shipped', 'completed']);
  });
});
