import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Team } from '../../../../shared/contracts/teams';
import { api } from '../../../app/api-client';

export const teamsQueryKey = ['teams'] as const;

export const useTeams = (enabled = true) =>
  useQuery({
    queryKey: teamsQueryKey,
    queryFn: () => api.get<{ data: Team[] }>('/teams'),
    select: (page) => page.data,
    enabled,
  });

export const useCreateTeam = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<Team>('/teams', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
  });
};

/** Renames a team; a stale `version` gets CONFLICT. */
export const useUpdateTeam = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name: string; version: number }) =>
      api.patch<Team>(`/teams/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: teamsQueryKey }),
  });
};

export const useDeleteTeam = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/teams/${id}`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: teamsQueryKey });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
};
