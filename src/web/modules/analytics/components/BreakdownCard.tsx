import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBreakdowns } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { useOpenCustomers } from '../hooks/use-open-customers';
import { useChartStyle } from '../hooks/use-chart-style';
import { useScoreLabels } from '../hooks/use-score-labels';
import type { DashboardFilters } from '../state/dashboard-filters';
import type { ExportTable } from '../state/export-cells';
import { BreakdownBarChart } from './BreakdownBarChart';
import { BreakdownPieChart } from './BreakdownPieChart';
import { ChartCard } from './ChartCard';

type Breakdown = 'segments' | 'tiers' | 'stages';

const files: Record<Breakdown, string> = {
  segments: 'rfm-segments',
  tiers: 'value-tiers',
  stages: 'lifecycle-stages',
};
const keyColumn = { segments: 'segment', tiers: 'tier', stages: 'stage' } as const;
const groupTitle = {
  segments: 'analytics.charts.segments.segment',
  tiers: 'analytics.charts.tiers.tier',
  stages: 'analytics.charts.stages.stage',
} as const;

/** Customers per RFM segment, value tier or lifecycle stage; a bar or slice opens its customers. */
export const BreakdownCard = ({
  filters,
  breakdown,
}: {
  filters: DashboardFilters;
  breakdown: Breakdown;
}) => {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useBreakdowns(filters);
  const format = useAnalyticsFormat();
  const open = useOpenCustomers();
  const labels = useScoreLabels();
  const labelOf = labels[keyColumn[breakdown]];
  const { token } = useChartStyle();
  const colourOf = useMemo(() => {
    if (breakdown !== 'stages') return undefined;
    const colours: Record<string, string> = {
      prospect: token.colorTextQuaternary,
      new: token.colorInfo,
      active: token.colorSuccess,
      at_risk: token.colorWarning,
      churned: token.colorError,
      won_back: '#9254de',
    };
    return (key: string) => colours[key];
  }, [breakdown, token]);
  const cells = data?.[breakdown];
  const table = useMemo<ExportTable | undefined>(
    () =>
      data &&
      cells && {
        fileName: `${files[breakdown]}-${data.asOf}`,
        columns: [
          { key: 'group', title: t(groupTitle[breakdown]) },
          { key: 'customers', title: t('analytics.charts.common.customers') },
          { key: 'revenue', title: `${t('analytics.charts.common.revenue')} (${format.currency})` },
          { key: 'clv', title: `${t('analytics.charts.common.clv')} (${format.currency})` },
        ],
        rows: cells.map((c) => ({
          group: labelOf(c.key),
          customers: c.customers,
          revenue: format.toMajor(c.revenueCents),
          clv: format.toMajor(c.clvCents),
        })),
      },
    [data, cells, breakdown, labelOf, format, t],
  );
  const testId = `${files[breakdown]}-card`;
  const chartProps = { labelOf, format, onOpen: open, testId: `${files[breakdown]}-chart` };
  return (
    <ChartCard
      title={t(`analytics.charts.${breakdown}.title`)}
      table={table}
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      empty={!cells?.some((c) => c.customers > 0)}
      testId={testId}
    >
      {cells &&
        (breakdown === 'tiers' ? (
          <BreakdownPieChart cells={cells} {...chartProps} />
        ) : (
          <BreakdownBarChart cells={cells} colourOf={colourOf} {...chartProps} />
        ))}
    </ChartCard>
  );
};
