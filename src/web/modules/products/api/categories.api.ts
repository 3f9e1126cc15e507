import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ProductCategory,
  ProductCategoryCreate,
  ProductCategoryUpdate,
} from '../../../../shared/contracts/products';
import { api } from '../../../app/api-client';
import { productsQueryKey } from './products.api';

/** Under 'products': a product event (counts, paths) refetches the tree too. */
const categoriesQueryKey = ['products', 'categories'] as const;

export const useCategories = () =>
  useQuery({
    queryKey: categoriesQueryKey,
    queryFn: () => api.get<{ data: ProductCategory[] }>('/product-categories'),
    select: (result) => result.data,
    staleTime: 60_000,
  });

export const useCreateCategory = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProductCategoryCreate) => api.post<ProductCategory>('/product-categories', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
};

/** Renames or moves a category (`parentId: null` moves it to the top); paths of its products follow. */
export const useUpdateCategory = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ProductCategoryUpdate & { id: string }) =>
      api.patch<ProductCategory>(`/product-categories/${id}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }),
  });
};
