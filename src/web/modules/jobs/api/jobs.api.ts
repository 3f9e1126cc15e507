import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type { JobPageSchema, JobStatus, ScheduleListSchema } from '../../../../shared/contracts/jobs';
import { api } from '../../../app/api-client';

type JobPage = z.infer<typeof JobPageSchema>;
export type Schedule = z.infer<typeof ScheduleListSchema>['data'][number];

export const jobsQueryKey = ['jobs'] as const;

/** Jobs, newest first, a page at a time; refreshed every few seconds while any is queued or running. */
export const useJobs = (status: JobStatus | undefined) =>
  useInfiniteQuery({
    queryKey: [...jobsQueryKey, 'list', { status }],
    queryFn: ({ pageParam }) => api.get<JobPage>('/jobs', { status, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) =>
        page.data.some((job) => job.status === 'running' || job.status === 'queued'),
      )
        ? 5000
        : false,
  });

/** Schedules live under the jobs key, so a change to jobs refreshes them too. */
export const useSchedules = () =>
  useQuery({
    queryKey: [...jobsQueryKey, 'schedules'],
    queryFn: () => api.get<z.infer<typeof ScheduleListSchema>>('/schedules'),
    select: (list) => list.data,
  });

export const useRetryJob = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/jobs/${id}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsQueryKey }),
  });
};
