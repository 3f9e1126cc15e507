import { TeamOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtRisk, useWinBack } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import { useScoreLabels } from '../hooks/use-score-labels';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { ChartCard } from './ChartCard';
import { ScoredCustomersTable } from './ScoredCustomersTable';

const LIMIT = 10;

type ListKind = 'atRisk' | 'winBack';

/** The high-value at-risk list or the win-back list, top ten, with a link to all of them in the table. */
export const CustomerListCard = ({ filters, kind }: { filters: DashboardFilters; kind: ListKind }) => {
  const { t } = useTranslation();
  const atRisk = useAtRisk(filters, LIMIT);
  const winBack = useWinBack(filters, LIMIT);
  const { data, isPending, error, refetch } = kind === 'atRisk' ? atRisk : winBack;
  const format = useAnalyticsFormat();
  const labels = useScoreLabels();
  const open = useOpenCustomers();
  const table = useMemo<ExportTable | undefined>(
    () =>
      data && {
        fileName: `${kind === 'atRisk' ? 'at-risk' : 'win-back'}-${data.asOf}`,
        columns: [
          { key: 'name', title: t('analytics.list.name') },
          { key: 'owner', title: t('analytics.list.owner') },
          { key: 'segment', title: t('analytics.list.segment') },
          { key: 'tier', title: t('analytics.list.tier') },
          { key: 'stage', title: t('analytics.list.stage') },
          { key: 'pAlive', title: t('analytics.list.pAlive') },
          { key: 'predictedClv', title: `${t('analytics.list.predictedClv')} (${format.currency})` },
          { key: 'historicalClv', title: `${t('analytics.list.historicalClv')} (${format.currency})` },
          { key: 'valueAtRisk', title: `${t('analytics.list.valueAtRisk')} (${format.currency})` },
          { key: 'lastPurchase', title: t('analytics.list.lastPurchase') },
        ],
        rows: data.data.map((c) => ({
          name: c.name,
          owner: c.ownerName,
          segment: c.rfmSegment && labels.segment(c.rfmSegment),
          tier: c.valueTier && labels.tier(c.valueTier),
          stage: labels.stage(c.lifecycleStage),
          pAlive: c.pAlive,
          predictedClv: c.predictedClvCents === null ? null : format.toMajor(c.predictedClvCents),
          historicalClv: format.toMajor(c.historicalClvCents),
          valueAtRisk: c.valueAtRiskCents === null ? null : format.toMajor(c.valueAtRiskCents),
          lastPurchase: c.lastPurchaseOn,
        })),
      },
    [data, kind, labels, format, t],
  );
  const testId = kind === 'atRisk' ? 'at-risk-card' : 'win-back-card';
  return (
    <ChartCard
      title={t(`analytics.charts.${kind}.title`)}
      description={t(`analytics.charts.${kind}.description`)}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!data?.data.length}
      emptyText={t(`analytics.charts.${kind}.empty`)}
      testId={testId}
    >
      {data && (
        <Flex vertical gap={8}>
          <ScoredCustomersTable
            rows={data.data}
            rank={kind === 'atRisk' ? 'valueAtRisk' : 'historicalClv'}
            format={format}
            testId={`${testId}-table`}
          />
          <Button
            type="link"
            icon={<TeamOutlined />}
            onClick={() => open(data.filter, data.sort)}
            style={{ alignSelf: 'flex-start', paddingInline: 0 }}
            data-testid={`${testId}-open`}
          >
            {t('analytics.charts.openAll')}
          </Button>
        </Flex>
      )}
    </ChartCard>
  );
};
