import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me, Setup, SetupStatusSchema } from '../../../../shared/contracts/auth';
import { api } from '../../../app/api-client';
import { rememberMe } from './me.api';

type SetupStatus = z.infer<typeof SetupStatusSchema>;

export const setupQueryKey = ['setup'] as const;

/** Whether this Kehu still needs its first organisation and owner. */
export const useSetupStatus = () =>
  useQuery({ queryKey: setupQueryKey, queryFn: () => api.get<SetupStatus>('/setup'), staleTime: Infinity });

/** Creates the organisation and its owner, and signs the owner in. */
export const useSetup = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Setup) => api.post<Me>('/setup', body),
    meta: { keepSession: true },
    onSuccess: (me) => {
      queryClient.setQueryData<SetupStatus>(setupQueryKey, { needsSetup: false });
      rememberMe(queryClient, me);
    },
  });
};
