import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FilterNode } from '../../../../shared/filter/filter';
import { api } from '../../../app/api-client';

/** What the table needs of a segment; `filter` is used for "select all" when the list includes it. */
export type SegmentSummary = { id: string; name: string; count?: number | null; filter?: FilterNode };

export const segmentsQueryKey = ['segments'] as const;

/** Segments to open the table on; a failure leaves the selector empty rather than breaking the table. */
export const useSegments = () =>
  useQuery({
    queryKey: segmentsQueryKey,
    queryFn: () => api.get<{ data: SegmentSummary[] }>('/segments'),
    select: (page) => page.data,
    retry: false,
  });

export const useCreateSegment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; filter: FilterNode }) => api.post<SegmentSummary>('/segments', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: segmentsQueryKey }),
  });
};
