import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedView, SavedViewCreate, SavedViewUpdate } from '../../../../shared/contracts/saved-views';
import { api } from '../../../app/api-client';

/** Matches the server's `saved_views` change events. */
export const savedViewsQueryKey = ['saved_views'] as const;

export const useSavedViews = () =>
  useQuery({
    queryKey: savedViewsQueryKey,
    queryFn: () => api.get<{ data: SavedView[] }>('/saved-views'),
    select: (page) => page.data,
  });

export const useCreateSavedView = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SavedViewCreate) => api.post<SavedView>('/saved-views', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewsQueryKey }),
  });
};

/** A stale `version` gets CONFLICT with the current view in `details.current`. */
export const useUpdateSavedView = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SavedViewUpdate & { id: string }) =>
      api.patch<SavedView>(`/saved-views/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewsQueryKey }),
  });
};

export const useDeleteSavedView = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/saved-views/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewsQueryKey }),
  });
};
