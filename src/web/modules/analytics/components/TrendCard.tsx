import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrend } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { ChartCard } from './ChartCard';
import { TrendChart } from './TrendChart';

/** The revenue trend card: revenue, active and new customers per month. */
export const TrendCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useTrend(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `revenue-trend-${data.asOf}`,
        columns: [
          { key: 'month', title: t('analytics.charts.trend.month') },
          { key: 'revenue', title: `${t('analytics.charts.trend.revenue')} (${format.currency})` },
          { key: 'transactions', title: t('analytics.charts.trend.transactions') },
          { key: 'active', title: t('analytics.charts.trend.active') },
          { key: 'new', title: t('analytics.charts.trend.new') },
        ],
        rows: data.months.map((m) => ({
          month: m.period,
          revenue: format.toMajor(m.revenueCents),
          transactions: m.transactions,
          active: m.active,
          new: m.newCustomers,
        })),
      },
    [data, format, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.trend.title')}
      description={t('analytics.charts.trend.description')}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!data?.months.length}
      testId="trend-card"
    >
      {data && <TrendChart months={data.months} format={format} onOpen={open} />}
    </ChartCard>
  );
};
