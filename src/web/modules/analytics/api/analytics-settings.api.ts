import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnalyticsSettingsUpdate,
  AnalyticsSettingsViewSchema,
} from '../../../../shared/contracts/analytics';
import { api } from '../../../app/api-client';

export type AnalyticsSettingsView = z.infer<typeof AnalyticsSettingsViewSchema>;

/** Named like the server's change event, so a save by another admin refetches it. */
export const analyticsSettingsKey = ['analytics_settings'] as const;

export const useAnalyticsSettings = () =>
  useQuery({
    queryKey: analyticsSettingsKey,
    queryFn: () => api.get<AnalyticsSettingsView>('/analytics/settings'),
  });

/** Saves the whole document with the version read; a stale version gets CONFLICT. */
export const useSaveAnalyticsSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnalyticsSettingsUpdate) =>
      api.put<AnalyticsSettingsView>('/analytics/settings', body),
    onSuccess: (view) => queryClient.setQueryData(analyticsSettingsKey, view),
    onError: (error) => {
      if (error.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: analyticsSettingsKey });
    },
  });
};
