import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RefreshStartedSchema } from '../../../../shared/contracts/analytics';
import type { Job, JobPageSchema } from '../../../../shared/contracts/jobs';
import { api } from '../../../app/api-client';

type RefreshStarted = z.infer<typeof RefreshStartedSchema>;

/** Queues a refresh of every score (segments.manage); a refresh already waiting is returned instead. */
export const useStartRefresh = () =>
  useMutation({ mutationFn: () => api.post<RefreshStarted>('/analytics/refresh') });

export const isJobDone = (job: Job | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/**
 * The refresh job, polled every second until it ends. The jobs list is newest first and the
 * refresh was just queued, so it is on the first page.
 */
export const useRefreshJob = (jobId: string | null) =>
  useQuery({
    queryKey: ['jobs', 'analytics-refresh', jobId],
    queryFn: async () => {
      const page = await api.get<z.infer<typeof JobPageSchema>>('/jobs', { limit: 50 });
      return page.data.find((job) => job.id === jobId) ?? null;
    },
    enabled: !!jobId,
    refetchInterval: (query) => (isJobDone(query.state.data ?? undefined) ? false : 1_000),
  });
