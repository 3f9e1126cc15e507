import { useQuery } from '@tanstack/react-query';
import type { Recommendation } from '../../../../shared/contracts/products';
import { api } from '../../../app/api-client';

/**
 * "Customers who bought this also bought", from co-purchase counts. A 404 (an older server, or a
 * product just removed) is an answer, not a failure worth retrying.
 */
export const useAlsoBought = (productId: string | undefined) =>
  useQuery({
    queryKey: ['products', 'also-bought', productId],
    queryFn: () => api.get<{ data: Recommendation[] }>(`/products/${productId}/also-bought`),
    select: (result) => result.data,
    enabled: !!productId,
    retry: (failures, error) => error.status >= 500 && failures < 2,
    staleTime: 5 * 60_000,
  });
