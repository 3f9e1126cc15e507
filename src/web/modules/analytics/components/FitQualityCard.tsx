import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFitQuality } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import type { ExportTable } from '../state/export-cells';
import { fitReasonText } from '../state/fit-note-text';
import { ChartCard } from './ChartCard';
import { FitQualityChart } from './FitQualityChart';

/** Predicted against actual holdout purchases, or why the check could not be made. */
export const FitQualityCard = () => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useFitQuality();
  const format = useAnalyticsFormat();
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `fit-quality-${data.asOf}`,
        columns: [
          { key: 'frequency', title: t('analytics.charts.fit.frequency') },
          { key: 'customers', title: t('analytics.charts.fit.customers') },
          { key: 'actual', title: t('analytics.charts.fit.actual') },
          { key: 'predicted', title: t('analytics.charts.fit.predicted') },
        ],
        rows: data.rows.map((r) => ({
          frequency: r.label,
          customers: r.customers,
          actual: r.actual,
          predicted: r.predicted,
        })),
      },
    [data, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.fit.title')}
      description={
        data?.calibrationEnd &&
        t('analytics.charts.fit.description', {
          date: format.day(data.calibrationEnd),
          days: data.holdoutDays,
        })
      }
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!data?.rows.length}
      emptyText={
        data?.reason && (
          <Alert
            type="info"
            showIcon
            title={t('analytics.charts.fit.unavailable')}
            description={fitReasonText(t, data.note, data.reason)}
            data-testid="fit-quality-reason"
          />
        )
      }
      testId="fit-quality-card"
    >
      {data && <FitQualityChart rows={data.rows} format={format} />}
    </ChartCard>
  );
};
