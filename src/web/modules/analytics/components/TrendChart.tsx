import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodRow } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';

type TrendChartProps = {
  months: PeriodRow[];
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
};

/** Revenue per month as bars; active and new customers as lines on their own axis. */
export const TrendChart = ({ months, format, onOpen }: TrendChartProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      color: style.palette,
      grid: { left: 8, right: 8, top: 40, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      legend: { top: 0, left: 0, textStyle: style.legendText },
      tooltip: { trigger: 'axis', ...style.tooltip },
      xAxis: {
        type: 'category',
        data: months.map((m) => format.month(m.period)),
        axisLabel: style.axisLabel,
        axisLine: style.axisLine,
      },
      yAxis: [
        {
          type: 'value',
          axisLabel: { ...style.axisLabel, formatter: (v: number) => format.compactMoney(format.toMinor(v)) },
          splitLine: style.splitLine,
        },
        { type: 'value', minInterval: 1, axisLabel: style.axisLabel, splitLine: { show: false } },
      ],
      series: [
        {
          name: t('analytics.charts.trend.revenue'),
          type: 'bar',
          data: months.map((m) => format.toMajor(m.revenueCents)),
          barMaxWidth: 28,
          itemStyle: { borderRadius: [3, 3, 0, 0] },
          tooltip: { valueFormatter: (v: unknown) => format.money(format.toMinor(Number(v))) },
        },
        {
          name: t('analytics.charts.trend.active'),
          type: 'line',
          yAxisIndex: 1,
          data: months.map((m) => m.active),
          symbolSize: 6,
        },
        {
          name: t('analytics.charts.trend.new'),
          type: 'line',
          yAxisIndex: 1,
          data: months.map((m) => m.newCustomers),
          symbolSize: 6,
        },
      ],
    }),
    [months, format, style, t],
  );
  const ref = useAnalyticsChart<HTMLDivElement>(option, ({ seriesIndex, dataIndex }) => {
    const month = months[dataIndex];
    if (month) onOpen(seriesIndex === 2 ? month.newFilter : month.activeFilter);
  });
  return <div ref={ref} style={{ height: 300, width: '100%' }} data-testid="trend-chart" />;
};
