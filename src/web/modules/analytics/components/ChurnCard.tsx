import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChurn } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { ChartCard } from './ChartCard';
import { ChurnChart } from './ChurnChart';

type Grain = 'month' | 'quarter';

/** Churn per month or per quarter by the inactivity rule. */
export const ChurnCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useChurn(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  const [grain, setGrain] = useState<Grain>('month');
  const periods = grain === 'month' ? data?.months : data?.quarters;
  const table = useMemo<ExportTable | undefined>(
    () =>
      data &&
      periods && {
        fileName: `churn-${grain}-${data.asOf}`,
        columns: [
          { key: 'period', title: t('analytics.charts.churn.period') },
          { key: 'churned', title: t('analytics.charts.churn.churned') },
          { key: 'base', title: t('analytics.charts.churn.base') },
          { key: 'rate', title: t('analytics.charts.churn.rate') },
        ],
        rows: periods.map((p) => ({
          period: p.period,
          churned: p.churned,
          base: p.churnBase,
          rate: p.churnRate,
        })),
      },
    [data, periods, grain, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.churn.title')}
      description={data && t('analytics.charts.churn.description', { days: data.inactiveDays })}
      extra={
        <Segmented<Grain>
          size="small"
          value={grain}
          onChange={setGrain}
          options={[
            { value: 'month', label: t('analytics.charts.churn.month') },
            { value: 'quarter', label: t('analytics.charts.churn.quarter') },
          ]}
          data-testid="churn-grain"
        />
      }
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!periods?.length}
      testId="churn-card"
    >
      {periods && (
        <ChurnChart key={grain} periods={periods} monthly={grain === 'month'} format={format} onOpen={open} />
      )}
    </ChartCard>
  );
};
