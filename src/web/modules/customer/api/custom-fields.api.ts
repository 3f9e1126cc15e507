import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CustomField,
  CustomFieldCreate,
  CustomFieldUpdate,
} from '../../../../shared/contracts/custom-fields';
import { api } from '../../../app/api-client';

/** Named like the server's realtime entity type, so an admin's change refetches everywhere. */
export const customFieldsQueryKey = ['custom_fields'] as const;

/** All custom fields in position order, archived ones included. */
export const useCustomFields = () =>
  useQuery({
    queryKey: customFieldsQueryKey,
    queryFn: () => api.get<{ data: CustomField[] }>('/custom-fields'),
    select: (result) => [...result.data].sort((a, b) => a.position - b.position),
    staleTime: 5 * 60_000,
  });

export const useCreateCustomField = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomFieldCreate) => api.post<CustomField>('/custom-fields', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customFieldsQueryKey }),
  });
};

/** A stale `version` gets CONFLICT. */
export const useUpdateCustomField = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CustomFieldUpdate & { id: string }) =>
      api.patch<CustomField>(`/custom-fields/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customFieldsQueryKey }),
  });
};
