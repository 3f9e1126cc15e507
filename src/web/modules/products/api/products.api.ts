import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Product,
  ProductCreate,
  ProductPageSchema,
  ProductUpdate,
} from '../../../../shared/contracts/products';
import { api } from '../../../app/api-client';

type ProductPage = z.infer<typeof ProductPageSchema>;

/** Named like the server's realtime entity type, so a colleague's product change refetches here. */
export const productsQueryKey = ['products'] as const;

export type ProductFilters = { q?: string; categoryId?: string };

/** The catalogue, SKU order, 50 at a time (keyset "load more"). */
export const useProductList = ({ q, categoryId }: ProductFilters) =>
  useInfiniteQuery({
    queryKey: ['products', 'list', { q: q?.trim() ?? '', categoryId: categoryId ?? null }],
    queryFn: ({ pageParam }) =>
      api.get<ProductPage>('/products', { q: q?.trim(), categoryId, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Active products matching `q` by name or SKU, for pickers; the first page of the catalogue when blank. */
export const useProductSearch = (q: string) => {
  const query = q.trim();
  return useQuery({
    queryKey: ['products', 'search', query],
    queryFn: () => api.get<ProductPage>('/products', { q: query, active: 'true', limit: 20 }),
    select: (page) => page.data,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
};

export const useCreateProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProductCreate) => api.post<Product>('/products', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
};

/** Saves changed fields with the version read; a stale version gets CONFLICT with `details.current`. */
export const useUpdateProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ProductUpdate & { id: string }) =>
      api.patch<Product>(`/products/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
};
