import { ArrowRightOutlined } from '@ant-design/icons';
import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBreakdowns } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useScoreLabels } from '../hooks/use-score-labels';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { ChartCard } from './ChartCard';

/** How many customers moved between lifecycle stages in the period, most common moves first. */
export const TransitionsCard = ({ filters }: { filters: DashboardFilters }) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useBreakdowns(filters);
  const format = useAnalyticsFormat();
  const labels = useScoreLabels();
  const rows = useMemo(() => (data?.transitions ?? []).slice(0, 12), [data]);
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `stage-changes-${data.asOf}`,
        columns: [
          { key: 'from', title: t('analytics.charts.transitions.from') },
          { key: 'to', title: t('analytics.charts.transitions.to') },
          { key: 'customers', title: t('analytics.charts.common.customers') },
        ],
        rows: data.transitions.map((tr) => ({
          from: labels.stage(tr.from),
          to: labels.stage(tr.to),
          customers: tr.customers,
        })),
      },
    [data, labels, t],
  );
  return (
    <ChartCard
      title={t('analytics.charts.transitions.title')}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={rows.length === 0}
      emptyText={t('analytics.charts.transitions.none')}
      testId="transitions-card"
    >
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => `${row.from}>${row.to}`}
        dataSource={rows}
        columns={[
          {
            key: 'move',
            title: `${t('analytics.charts.transitions.from')} → ${t('analytics.charts.transitions.to')}`,
            render: (_, row) => (
              <span>
                {labels.stage(row.from)} <ArrowRightOutlined style={{ fontSize: 11, opacity: 0.6 }} />{' '}
                {labels.stage(row.to)}
              </span>
            ),
          },
          {
            key: 'customers',
            title: t('analytics.charts.common.customers'),
            align: 'right',
            width: 110,
            render: (_, row) => format.count(row.customers),
          },
        ]}
      />
    </ChartCard>
  );
};
