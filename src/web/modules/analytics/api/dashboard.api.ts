import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BreakdownsSchema,
  ChurnSchema,
  ClvDistributionSchema,
  CohortsSchema,
  FitQualitySchema,
  KpisSchema,
  ModelSchema,
  RfmGridSchema,
  ScoredCustomerListSchema,
  TrendSchema,
} from '../../../../shared/contracts/analytics';
import { api } from '../../../app/api-client';
import type { DashboardFilters } from '../state/dashboard-filters';

export type Kpis = z.infer<typeof KpisSchema>;
export type Trend = z.infer<typeof TrendSchema>;
export type Churn = z.infer<typeof ChurnSchema>;
export type Breakdowns = z.infer<typeof BreakdownsSchema>;
export type RfmGrid = z.infer<typeof RfmGridSchema>;
export type ClvDistribution = z.infer<typeof ClvDistributionSchema>;
export type Cohorts = z.infer<typeof CohortsSchema>;
export type ScoredCustomerList = z.infer<typeof ScoredCustomerListSchema>;
export type FitQuality = z.infer<typeof FitQualitySchema>;
export type Model = z.infer<typeof ModelSchema>;
export type PeriodRow = Trend['months'][number];

/** Every dashboard answer lives under 'analytics', so a finished refresh reloads them all at once. */
export const analyticsKey = ['analytics'] as const;

const useDashboardAnswer = <T>(endpoint: string, filters: DashboardFilters, limit?: number) =>
  useQuery({
    queryKey: [...analyticsKey, endpoint, filters, limit],
    queryFn: () =>
      api.get<T>(`/analytics/${endpoint}`, {
        segmentId: filters.segmentId,
        owner: filters.owner,
        channel: filters.channel,
        days: filters.days,
        months: filters.months,
        limit,
      }),
    placeholderData: keepPreviousData,
  });

export const useKpis = (f: DashboardFilters) => useDashboardAnswer<Kpis>('kpis', f);
export const useTrend = (f: DashboardFilters) => useDashboardAnswer<Trend>('trend', f);
export const useChurn = (f: DashboardFilters) => useDashboardAnswer<Churn>('churn', f);
export const useBreakdowns = (f: DashboardFilters) => useDashboardAnswer<Breakdowns>('breakdowns', f);
export const useRfmGrid = (f: DashboardFilters) => useDashboardAnswer<RfmGrid>('rfm-grid', f);
export const useClvDistribution = (f: DashboardFilters) => useDashboardAnswer<ClvDistribution>('clv', f);
export const useCohorts = (f: DashboardFilters) => useDashboardAnswer<Cohorts>('cohorts', f);
export const useAtRisk = (f: DashboardFilters, limit: number) =>
  useDashboardAnswer<ScoredCustomerList>('at-risk', f, limit);
export const useWinBack = (f: DashboardFilters, limit: number) =>
  useDashboardAnswer<ScoredCustomerList>('win-back', f, limit);

/** Statistics of the organisation's model: no filters apply. */
export const useFitQuality = () =>
  useQuery({
    queryKey: [...analyticsKey, 'fit-quality'],
    queryFn: () => api.get<FitQuality>('/analytics/fit-quality'),
  });

export const useModel = () =>
  useQuery({
    queryKey: [...analyticsKey, 'model'],
    queryFn: () => api.get<Model>('/analytics/model'),
  });
