import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditPageSchema } from '../../../../shared/contracts/audit';
import { api } from '../../../app/api-client';

type AuditPage = z.infer<typeof AuditPageSchema>;

export type AuditFilters = {
  entityType?: string;
  action?: string;
  actorId?: string;
  /** ISO 8601 with offset, inclusive. */
  from?: string;
  to?: string;
};

const pageSize = 50;

/** The audit log, newest first, fetched a page at a time with the server's cursor. */
export const useAuditLog = (filters: AuditFilters) =>
  useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/audit', { ...filters, cursor: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
