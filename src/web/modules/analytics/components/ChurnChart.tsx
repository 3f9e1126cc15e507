import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodRow } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';

type ChurnChartProps = {
  periods: PeriodRow[];
  /** Month labels are translated; quarter labels (2026-Q3) are shown as they are. */
  monthly: boolean;
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
};

/** Churned customers per period as bars, the churn rate as a line; a bar opens the churned customers. */
export const ChurnChart = ({ periods, monthly, format, onOpen }: ChurnChartProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 8, top: 40, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      legend: { top: 0, left: 0, textStyle: style.legendText },
      tooltip: { trigger: 'axis', ...style.tooltip },
      xAxis: {
        type: 'category',
        data: periods.map((p) => (monthly ? format.month(p.period) : p.period)),
        axisLabel: style.axisLabel,
        axisLine: style.axisLine,
      },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: style.axisLabel, splitLine: style.splitLine },
        {
          type: 'value',
          axisLabel: { ...style.axisLabel, formatter: (v: number) => format.percent(v, 0) },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: t('analytics.charts.churn.churned'),
          type: 'bar',
          data: periods.map((p) => p.churned),
          barMaxWidth: 28,
          itemStyle: { color: style.token.colorError, borderRadius: [3, 3, 0, 0] },
        },
        {
          name: t('analytics.charts.churn.rate'),
          type: 'line',
          yAxisIndex: 1,
          data: periods.map((p) => p.churnRate),
          symbolSize: 6,
          itemStyle: { color: style.token.colorWarning },
          tooltip: { valueFormatter: (v: unknown) => (v === null ? '—' : format.percent(Number(v))) },
        },
      ],
    }),
    [periods, monthly, format, style, t],
  );
  const ref = useAnalyticsChart<HTMLDivElement>(option, ({ dataIndex }) => {
    const period = periods[dataIndex];
    if (period && period.churned > 0) onOpen(period.churnedFilter);
  });
  return <div ref={ref} style={{ height: 280, width: '100%' }} data-testid="churn-chart" />;
};
