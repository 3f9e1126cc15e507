import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '../../../../shared/contracts/users';
import { api } from '../../../app/api-client';

export const usersQueryKey = ['users'] as const;

export const useUsers = (enabled = true) =>
  useQuery({
    queryKey: usersQueryKey,
    queryFn: () => api.get<{ data: User[] }>('/users'),
    select: (page) => page.data,
    enabled,
  });

/** Changes a user's role, team or name; `version` must be the one shown, or the server answers CONFLICT. */
export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UserUpdate & { id: string }) => api.patch<User>(`/users/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
};

/** Deactivating signs the user out and blocks sign-in; reactivating undoes it. */
export const useSetUserActive = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<User>(`/users/${id}/${active ? 'reactivate' : 'deactivate'}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
};
