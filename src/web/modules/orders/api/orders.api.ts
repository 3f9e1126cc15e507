import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Order,
  OrderCreateInput,
  OrderPageSchema,
  OrderStatus,
  OrderUpdate,
  RefundCreate,
} from '../../../../shared/contracts/orders';
import { api, apiRequest } from '../../../app/api-client';

type OrderPage = z.infer<typeof OrderPageSchema>;

export type OrderFilters = { status?: OrderStatus; channel?: string; customerId?: string };

/**
 * Query keys follow the server's realtime entity types. Every order change emits `orders` and a
 * `customers` update for the customer, so the Orders page lives under 'orders' and a customer's own
 * orders under 'customers' — either event refetches what is on screen.
 */
export const orderListKey = ({ customerId, ...filters }: OrderFilters) =>
  customerId
    ? (['customers', 'orders', customerId, filters] as const)
    : (['orders', 'list', filters] as const);
export const orderQueryKey = (id: string) => ['orders', 'detail', id] as const;

/** Orders newest first, keyset "load more". */
export const useOrders = (filters: OrderFilters, limit = 50) =>
  useInfiniteQuery({
    queryKey: orderListKey(filters),
    queryFn: ({ pageParam }) => api.get<OrderPage>('/orders', { ...filters, cursor: pageParam, limit }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useOrder = (id: string | null) =>
  useQuery({
    queryKey: orderQueryKey(id ?? ''),
    queryFn: () => api.get<Order>(`/orders/${id}`),
    enabled: !!id,
    retry: (failures, error) => error.status >= 500 && failures < 2,
  });

/** After any order write: the order, every order list, and the customer's rollups and purchases. */
const useAfterOrderWrite = () => {
  const queryClient = useQueryClient();
  return (order?: Order) => {
    if (order) queryClient.setQueryData(orderQueryKey(order.id), order);
    void queryClient.invalidateQueries({ queryKey: ['orders'] });
    void queryClient.invalidateQueries({ queryKey: ['customers'] });
  };
};

/**
 * Records an order. `key` is the Idempotency-Key, made once per form: a retry after a lost reply
 * returns the order already created instead of creating another.
 */
export const useCreateOrder = () => {
  const after = useAfterOrderWrite();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: OrderCreateInput }) =>
      apiRequest<Order>('POST', '/orders', { body, headers: { 'Idempotency-Key': key } }),
    onSuccess: (order) => after(order),
  });
};

/**
 * Status, note and other edits with the version read. A stale version gets CONFLICT; the order
 * someone else saved (`details.current`) replaces the cached one, so the drawer shows it at once.
 */
export const useUpdateOrder = () => {
  const after = useAfterOrderWrite();
  return useMutation({
    mutationFn: ({ id, ...body }: OrderUpdate & { id: string }) => api.patch<Order>(`/orders/${id}`, body),
    onSuccess: (order) => after(order),
    onError: (error) => {
      const current = (error.details as { current?: Order } | undefined)?.current;
      if (error.code === 'CONFLICT' && current?.id) after(current);
    },
  });
};

/** Refunds against lines; `key` makes a double submit refund once. */
export const useRefundOrder = () => {
  const after = useAfterOrderWrite();
  return useMutation({
    mutationFn: ({ id, key, body }: { id: string; key: string; body: RefundCreate }) =>
      apiRequest<Order>('POST', `/orders/${id}/refunds`, { body, headers: { 'Idempotency-Key': key } }),
    onSuccess: (order) => after(order),
  });
};
