import type { OrderStatus, settableStatuses } from '../../../../shared/contracts/orders';

type SettableStatus = (typeof settableStatuses)[number];

/**
 * Where a person may move an order from each status; the server enforces the same table.
 * `refunded` is never chosen: it follows from refunds covering the whole order.
 */
const next: Record<OrderStatus, readonly SettableStatus[]> = {
  placed: ['paid', 'shipped', 'completed', 'cancelled'],
  paid: ['shipped', 'completed', 'cancelled'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
  refunded: [],
};

export const nextStatuses = (status: OrderStatus): readonly SettableStatus[] => next[status];

/** Money is refunded only once it was taken: not while placed, not after cancelling. */
export const canRefund = (status: OrderStatus): boolean =>
  status === 'paid' || status === 'shipped' || status === 'completed';

export const statusColour: Record<OrderStatus, string> = {
  placed: 'blue',
  paid: 'cyan',
  shipped: 'geekblue',
  completed: 'green',
  cancelled: 'default',
  refunded: 'orange',
};
