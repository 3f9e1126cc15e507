import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditEntry } from '../../../../shared/contracts/audit';
import type { TimelineEventSchema } from '../../../../shared/contracts/customers';
import { api } from '../../../app/api-client';

export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
type Page<T> = { data: T[]; nextCursor: string | null };

/** The customer's timeline, newest first; `types` are exact types or prefixes ending in '.'. */
export const useCustomerTimeline = (id: string, types: string[]) =>
  useInfiniteQuery({
    queryKey: ['customers', 'detail', id, 'timeline', types.join(',')],
    queryFn: ({ pageParam }) =>
      api.get<Page<TimelineEvent>>(`/customers/${id}/timeline`, {
        types: types.join(','),
        cursor: pageParam,
        limit: 30,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Who changed which field, from the audit log; phones and emails stay masked. */
export const useCustomerHistory = (id: string) =>
  useInfiniteQuery({
    queryKey: ['customers', 'detail', id, 'history'],
    queryFn: ({ pageParam }) =>
      api.get<Page<AuditEntry>>(`/customers/${id}/history`, { cursor: pageParam, limit: 30 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
