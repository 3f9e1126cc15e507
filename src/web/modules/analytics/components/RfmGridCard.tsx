import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRfmGrid } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { ChartCard } from './ChartCard';
import { RfmGrid } from './RfmGrid';

/** The RFM R × F grid card; a cell opens its customers. */
export const RfmGridCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useRfmGrid(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `rfm-grid-${data.asOf}`,
        columns: [
          { key: 'r', title: t('analytics.charts.rfm.recency') },
          { key: 'f', title: t('analytics.charts.rfm.frequency') },
          { key: 'customers', title: t('analytics.charts.common.customers') },
          { key: 'revenue', title: `${t('analytics.charts.common.revenue')} (${format.currency})` },
          { key: 'clv', title: `${t('analytics.charts.common.clv')} (${format.currency})` },
        ],
        rows: data.cells.map((c) => ({
          r: c.r,
          f: c.f,
          customers: c.customers,
          revenue: format.toMajor(c.revenueCents),
          clv: format.toMajor(c.clvCents),
        })),
      },
    [data, format, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.rfm.title')}
      description={t('analytics.charts.rfm.description')}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!data?.cells.some((c) => c.customers > 0)}
      testId="rfm-grid-card"
    >
      {data && <RfmGrid cells={data.cells} format={format} onOpen={open} />}
    </ChartCard>
  );
};
