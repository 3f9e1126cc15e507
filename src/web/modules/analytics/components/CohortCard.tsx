import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCohorts } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { addMonths } from '../state/month-math';
import { ChartCard } from './ChartCard';
import { CohortHeatmap } from './CohortHeatmap';

/** The cohort retention heat map card; a cell opens the cohort's customers who bought that month. */
export const CohortCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useCohorts(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `cohorts-${data.asOf}`,
        columns: [
          { key: 'cohort', title: t('analytics.charts.cohorts.cohort') },
          { key: 'size', title: t('analytics.charts.cohorts.size') },
          { key: 'repeatRate', title: t('analytics.charts.cohorts.repeatRate') },
          { key: 'offset', title: t('analytics.charts.cohorts.offset') },
          { key: 'month', title: t('analytics.charts.cohorts.month') },
          { key: 'active', title: t('analytics.charts.cohorts.active') },
          { key: 'retention', title: t('analytics.charts.cohorts.retention') },
          { key: 'revenue', title: `${t('analytics.charts.cohorts.revenue')} (${format.currency})` },
        ],
        rows: data.cohorts.flatMap((c) =>
          c.cells.map((cell) => ({
            cohort: c.cohort,
            size: c.size,
            repeatRate: c.repeatRate,
            offset: cell.offset,
            month: addMonths(c.cohort, cell.offset),
            active: cell.active,
            retention: cell.retention,
            revenue: format.toMajor(cell.revenueCents),
          })),
        ),
      },
    [data, format, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.cohorts.title')}
      description={t('analytics.charts.cohorts.description')}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!data?.cohorts.length}
      testId="cohort-card"
    >
      {data && <CohortHeatmap cohorts={data.cohorts} format={format} onOpen={open} />}
    </ChartCard>
  );
};
