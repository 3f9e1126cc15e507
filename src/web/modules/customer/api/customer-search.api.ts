import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SearchHitSchema } from '../../../../shared/contracts/customers';
import { api } from '../../../app/api-client';

export type SearchHit = z.infer<typeof SearchHitSchema>;

/** Ranked search by name, pinyin, initials, phone, email or company; idle while `q` is blank. */
export const useCustomerSearch = (q: string, limit = 10) => {
  const query = q.trim();
  return useQuery({
    queryKey: ['customers', 'search', query, limit],
    queryFn: () => api.get<{ data: SearchHit[] }>('/customers/search', { q: query, limit }),
    select: (result) => result.data,
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
};
