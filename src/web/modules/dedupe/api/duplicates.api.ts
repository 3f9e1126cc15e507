import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { DuplicateGroupPage, MergeInput, MergeResult } from '../../../../shared/contracts/duplicates';
import { api } from '../../../app/api-client';

/** Under 'customers', so any customer change (a realtime event, a merge) refetches the groups. */
export const duplicatesQueryKey = (customer: string | null) =>
  ['customers', 'duplicates', customer ?? 'all'] as const;

/** Groups of likely duplicates, page by page; `customer` narrows them to one customer's groups. */
export const useDuplicateGroups = (customer: string | null) =>
  useInfiniteQuery({
    queryKey: duplicatesQueryKey(customer),
    queryFn: ({ pageParam }) =>
      api.get<DuplicateGroupPage>('/customers/duplicates', {
        customer,
        cursor: pageParam,
        limit: 20,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Very large organisations are checked in the background: look again until it is done.
    refetchInterval: (query) => (query.state.data?.pages[0]?.checking ? 5_000 : false),
  });

/** "Not duplicates": every pair among these customers stops being suggested. */
export const useDismissDuplicates = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (customerIds: string[]) =>
      api.post<{ ok: true }>('/customers/duplicates/dismissals', { customerIds }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['customers', 'duplicates'] }),
  });
};

/** A stale version answers CONFLICT; nothing is merged then. */
export const useMergeCustomers = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeInput) => api.post<MergeResult>('/customers/merge', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['customers'] }),
  });
};
