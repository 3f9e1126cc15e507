import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClvDistribution } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { ChartCard } from './ChartCard';
import { ClvChart } from './ClvChart';

/** The predicted-CLV histogram card, or why there is none (the models could not be fitted). */
export const ClvCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useClvDistribution(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `clv-distribution-${data.asOf}`,
        columns: [
          { key: 'from', title: `${t('analytics.charts.clv.from')} (${format.currency})` },
          { key: 'to', title: `${t('analytics.charts.clv.to')} (${format.currency})` },
          { key: 'customers', title: t('analytics.charts.common.customers') },
          { key: 'clv', title: `${t('analytics.charts.common.clv')} (${format.currency})` },
          { key: 'revenue', title: `${t('analytics.charts.common.revenue')} (${format.currency})` },
        ],
        rows: data.buckets.map((b) => ({
          from: format.toMajor(b.fromCents),
          to: b.toCents === null ? null : format.toMajor(b.toCents),
          customers: b.customers,
          clv: format.toMajor(b.clvCents),
          revenue: format.toMajor(b.revenueCents),
        })),
      },
    [data, format, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.clv.title')}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!data?.buckets.some((b) => b.customers > 0)}
      emptyText={data?.reason ? t('analytics.charts.clv.notFitted') : undefined}
      testId="clv-card"
    >
      {data && <ClvChart buckets={data.buckets} format={format} onOpen={open} />}
    </ChartCard>
  );
};
