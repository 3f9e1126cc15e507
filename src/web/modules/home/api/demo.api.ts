import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DemoJob, DemoLoad, DemoStatus } from '../../../../shared/demo/demo.contract';
import { api } from '../../../app/api-client';

const demoQueryKey = ['demo'] as const;

export const isDemoRunning = (job: DemoJob | null | undefined) =>
  job?.status === 'queued' || job?.status === 'running';

/** Whether the organisation is still empty and its latest demo load; polled while a load runs. */
export const useDemoStatus = (enabled: boolean) =>
  useQuery({
    queryKey: demoQueryKey,
    queryFn: () => api.get<DemoStatus>('/demo'),
    enabled,
    refetchInterval: (query) => (isDemoRunning(query.state.data?.job) ? 1_500 : false),
  });

export const useLoadDemo = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DemoLoad) => api.post<DemoJob>('/demo', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: demoQueryKey }),
  });
};
