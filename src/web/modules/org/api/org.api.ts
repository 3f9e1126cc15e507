import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Org, OrgUpdate } from '../../../../shared/contracts/orgs';
import { api } from '../../../app/api-client';
import { meQueryKey } from '../../../app/query-client';

export const orgQueryKey = ['org'] as const;

export const useOrg = () => useQuery({ queryKey: orgQueryKey, queryFn: () => api.get<Org>('/org') });

/** Saves organisation settings; a stale `version` is refused with CONFLICT. */
export const useUpdateOrg = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgUpdate) => api.patch<Org>('/org', body),
    onSuccess: (org) => {
      if (org && typeof org === 'object' && 'version' in org) queryClient.setQueryData(orgQueryKey, org);
      void queryClient.invalidateQueries({ queryKey: orgQueryKey });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
};
