import { useQuery } from '@tanstack/react-query';
import type { Recommendation } from '../../../../shared/contracts/products';
import { api } from '../../../app/api-client';

/**
 * What to offer the customer next, with the reason. A 404 means the server has no suggestions
 * for them (or does not offer them yet): shown as empty, not retried.
 */
export const useCustomerRecommendations = (customerId: string, enabled = true) =>
  useQuery({
    queryKey: ['customers', 'recommendations', customerId],
    queryFn: () => api.get<{ data: Recommendation[] }>(`/customers/${customerId}/recommendations`),
    select: (result) => result.data,
    enabled,
    retry: (failures, error) => error.status >= 500 && failures < 2,
    staleTime: 60_000,
  });
