import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Breakdowns } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';

type Cell = Breakdowns['tiers'][number];

type BreakdownPieChartProps = {
  cells: Cell[];
  labelOf: (key: string) => string;
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
  testId: string;
};

/** Customers per group as a ring; each slice opens its customers. */
export const BreakdownPieChart = ({ cells, labelOf, format, onOpen, testId }: BreakdownPieChartProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      color: [style.token.colorSuccess, style.token.colorPrimary, '#8c8c8c'],
      legend: {
        bottom: 0,
        textStyle: style.legendText,
        formatter: (name: string) => {
          const cell = cells.find((c) => labelOf(c.key) === name);
          return cell ? `${name}  ${format.count(cell.customers)}` : name;
        },
      },
      tooltip: {
        trigger: 'item',
        ...style.tooltip,
        formatter: (p: { dataIndex: number; percent: number }) => {
          const cell = cells[p.dataIndex]!;
          return [
            `<b>${labelOf(cell.key)}</b> (${format.percent(p.percent / 100)})`,
            `${t('analytics.charts.common.customers')}: ${format.count(cell.customers)}`,
            `${t('analytics.charts.common.revenue')}: ${format.money(cell.revenueCents)}`,
            `${t('analytics.charts.common.clv')}: ${format.money(cell.clvCents)}`,
          ].join('<br/>');
        },
      },
      series: [
        {
          type: 'pie',
          radius: ['40%', '72%'],
          center: ['50%', '45%'],
          data: cells.map((c) => ({ name: labelOf(c.key), value: c.customers })),
          label: {
            position: 'inside',
            formatter: (p: { percent: number }) => (p.percent >= 4 ? format.percent(p.percent / 100, 0) : ''),
            color: '#fff',
            fontSize: 12,
            fontWeight: 600,
          },
          labelLine: { show: false },
          itemStyle: { borderColor: style.token.colorBgContainer, borderWidth: 2 },
        },
      ],
    }),
    [cells, labelOf, format, style, t],
  );
  const ref = useAnalyticsChart<HTMLDivElement>(option, ({ dataIndex }) => {
    const cell = cells[dataIndex];
    if (cell && cell.customers > 0) onOpen(cell.filter);
  });
  return <div ref={ref} style={{ height: 260, width: '100%' }} data-testid={testId} />;
};
