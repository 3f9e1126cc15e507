import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ApiKey, ApiKeyCreatedSchema } from '../../../../shared/contracts/api-keys';
import type { Role } from '../../../../shared/permissions';
import { api } from '../../../app/api-client';

type ApiKeyCreated = z.infer<typeof ApiKeyCreatedSchema>;

export const apiKeysQueryKey = ['api-keys'] as const;

export const useApiKeys = () =>
  useQuery({
    queryKey: apiKeysQueryKey,
    queryFn: () => api.get<{ data: ApiKey[] }>('/api-keys'),
    select: (page) => page.data,
  });

/** Creates a key; the answer's `secret` is the only time anyone sees it. */
export const useCreateApiKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; role: Role }) => api.post<ApiKeyCreated>('/api-keys', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  });
};

export const useRevokeApiKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api-keys/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  });
};
