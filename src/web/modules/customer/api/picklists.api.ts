import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Picklist, PicklistsSchema } from '../../../../shared/contracts/customers';
import { api } from '../../../app/api-client';

export type Picklists = z.infer<typeof PicklistsSchema>;
export type PicklistItem = Picklists[Picklist][number];

/** Named like the server's realtime entity type, so an admin's change refetches everywhere. */
export const picklistsQueryKey = ['picklists'] as const;

export const usePicklists = () =>
  useQuery({
    queryKey: picklistsQueryKey,
    queryFn: () => api.get<Picklists>('/customer-picklists'),
    staleTime: 5 * 60_000,
  });

/** Replaces one list; leaving out an existing item is refused (archive it instead). */
export const useUpdatePicklist = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ list, items }: { list: Picklist; items: PicklistItem[] }) =>
      api.put<Picklists>(`/customer-picklists/${list}`, { items }),
    onSuccess: (lists) => queryClient.setQueryData(picklistsQueryKey, lists),
    onSettled: () => queryClient.invalidateQueries({ queryKey: picklistsQueryKey }),
  });
};
