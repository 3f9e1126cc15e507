import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Segment, SegmentSize } from '../../../../shared/contracts/segments';
import type { FilterNode } from '../../../../shared/filter/filter';
import { api } from '../../../app/api-client';

/** Realtime events about segments are named `segments`, so this key refetches on every change. */
export const segmentsKey = ['segments'] as const;

export const useSegmentList = () =>
  useQuery({
    queryKey: segmentsKey,
    queryFn: () => api.get<{ data: Segment[] }>('/segments'),
    select: (page) => page.data,
  });

/** Daily sizes for the trend chart, oldest first. */
export const useSegmentSizes = (id: string, days = 90) =>
  useQuery({
    queryKey: [...segmentsKey, id, 'sizes', days],
    queryFn: () => api.get<{ data: SegmentSize[] }>(`/segments/${id}/sizes`, { days }),
    select: (page) => page.data,
  });

export type SegmentInput = { name: string; description?: string | null; filter: FilterNode };

export const useCreateSegment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SegmentInput) => api.post<Segment>('/segments', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: segmentsKey }),
  });
};

/** Renames or re-describes; a stale `version` gets CONFLICT. */
export const useUpdateSegment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      name: string;
      description: string | null;
      version: number;
    }) => api.patch<Segment>(`/segments/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: segmentsKey }),
  });
};

export const useDeleteSegment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/segments/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: segmentsKey }),
  });
};
