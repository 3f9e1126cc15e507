import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Segment } from '../../../../shared/contracts/segments';
import type { FilterNode } from '../../../../shared/filter/filter';
import { api } from '../../../app/api-client';

/** A segment as the table uses it: its filter joins "select all matching" bulk actions. */
export type SegmentSummary = Omit<Segment, 'filter'> & { filter: FilterNode };

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
