import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Customer,
  CustomerCreate,
  CustomerUpdate,
  DuplicateCandidate,
  RevealSchema,
} from '../../../../shared/contracts/customers';
import { api } from '../../../app/api-client';

/** Every customer query starts with 'customers', so a realtime customers event refetches them all. */
export const customersQueryKey = ['customers'] as const;
export const customerQueryKey = (id: string) => ['customers', 'detail', id] as const;

export type RevealedContacts = z.infer<typeof RevealSchema>;
export type CustomerCreated = { customer: Customer; duplicates: DuplicateCandidate[] };

export const useCustomer = (id: string) =>
  useQuery({
    queryKey: customerQueryKey(id),
    queryFn: () => api.get<Customer>(`/customers/${id}`),
    enabled: id.length > 0,
    retry: (failures, error) => error.status >= 500 && failures < 2,
  });

export const useCreateCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerCreate) => api.post<CustomerCreated>('/customers', body),
    onSuccess: ({ customer }) => {
      queryClient.setQueryData(customerQueryKey(customer.id), customer);
      void queryClient.invalidateQueries({ queryKey: customersQueryKey });
    },
  });
};

/** Saves changed fields only; a stale `version` gets CONFLICT with `details.current`. */
export const useUpdateCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CustomerUpdate & { id: string }) =>
      api.patch<Customer>(`/customers/${id}`, body),
    onSuccess: (customer) => {
      queryClient.setQueryData(customerQueryKey(customer.id), customer);
      void queryClient.invalidateQueries({ queryKey: customersQueryKey });
    },
  });
};

/** Moves to the recycle bin (`restore: false`) or brings back from it (`restore: true`). */
export const useBinCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      restore ? api.post<Customer>(`/customers/${id}/restore`) : api.delete<unknown>(`/customers/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
};

/** Full phones and emails. Audited on the server; kept in component state only, never cached. */
export const useRevealContacts = () =>
  useMutation({
    mutationFn: (id: string) => api.post<RevealedContacts>(`/customers/${id}/reveal`),
  });

/** Likely duplicates of a profile that is not saved yet. */
export const useDuplicatesCheck = () =>
  useMutation({
    mutationFn: (body: CustomerCreate) =>
      api.post<{ data: DuplicateCandidate[] }>('/customers/duplicates-check', body),
  });
