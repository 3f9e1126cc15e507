import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { BulkAction, Customer, CustomerUpdate } from '../../../../shared/contracts/customers';
import type { FilterNode } from '../../../../shared/filter/filter';
import { api, type ApiQuery } from '../../../app/api-client';

/** Which customers the table shows; the same selection drives the count, export and "select all". */
export type CustomerSelection = {
  q?: string;
  filter?: FilterNode;
  segmentId?: string;
  /** True lists the recycle bin. */
  deleted?: boolean;
};

export type CustomerPageRequest = CustomerSelection & {
  sort?: string;
  cursor?: string | null;
  limit: number;
};

type CustomerPage = { data: Customer[]; nextCursor: string | null };

/** Query keys start with `customers`, so realtime customer events refetch the visible page and count. */
export const customersQueryKey = ['customers'] as const;

export const selectionQuery = (s: CustomerSelection): ApiQuery => ({
  q: s.q?.trim() || undefined,
  filter: s.filter ? JSON.stringify(s.filter) : undefined,
  segmentId: s.segmentId,
  deleted: s.deleted ? 'true' : undefined,
});

export const useCustomerPage = (request: CustomerPageRequest) =>
  useQuery({
    queryKey: [...customersQueryKey, 'page', request],
    queryFn: () =>
      api.get<CustomerPage>('/customers', {
        ...selectionQuery(request),
        sort: request.sort || undefined,
        cursor: request.cursor ?? undefined,
        limit: request.limit,
      }),
    placeholderData: keepPreviousData,
  });

/** The total is counted separately: it can be slower than the page itself. */
export const useCustomerCount = (selection: CustomerSelection) =>
  useQuery({
    queryKey: [...customersQueryKey, 'count', selection],
    queryFn: () =>
      api.get<{ count: number; estimated: boolean }>('/customers/count', selectionQuery(selection)),
    placeholderData: keepPreviousData,
  });

/** Puts a fresh copy of one customer into every cached page that shows it. */
export const replaceCachedCustomer = (queryClient: QueryClient, customer: Customer) => {
  queryClient.setQueriesData<CustomerPage>({ queryKey: [...customersQueryKey, 'page'] }, (page) =>
    page ? { ...page, data: page.data.map((c) => (c.id === customer.id ? customer : c)) } : page,
  );
};

/** PATCHes fields of one customer; `version` must be the row's, or the server answers CONFLICT with the current customer. */
export const useUpdateCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CustomerUpdate & { id: string }) =>
      api.patch<Customer>(`/customers/${id}`, body),
    onSuccess: (customer) => replaceCachedCustomer(queryClient, customer),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
};

export const useBulkAction = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkAction) => api.post<{ affected: number }>('/customers/bulk', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
};

export const useRestoreCustomer = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Customer>(`/customers/${id}/restore`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
};
