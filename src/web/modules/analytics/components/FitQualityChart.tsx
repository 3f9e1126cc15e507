import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitQuality } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';

type FitQualityChartProps = { rows: FitQuality['rows']; format: AnalyticsFormat };

/**
 * Mean holdout purchases per customer, predicted and actual, by calibration-period repeat
 * purchases (BG/NBD paper, figure 4). Customers per group in the tooltip: a group of one is noise.
 */
export const FitQualityChart = ({ rows, format }: FitQualityChartProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      legend: { top: 0, left: 0, textStyle: style.legendText },
      tooltip: {
        trigger: 'axis',
        ...style.tooltip,
        formatter: (items: { dataIndex: number }[]) => {
          const row = rows[items[0]!.dataIndex]!;
          return [
            `<b>${t('analytics.charts.fit.frequency')}: ${row.label}</b>`,
            `${t('analytics.charts.fit.customers')}: ${format.count(row.customers)}`,
            `${t('analytics.charts.fit.actual')}: ${format.decimal(row.actual, 2)}`,
            `${t('analytics.charts.fit.predicted')}: ${format.decimal(row.predicted, 2)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        name: t('analytics.charts.fit.frequency'),
        nameLocation: 'middle',
        nameGap: 26,
        nameTextStyle: { color: style.token.colorTextSecondary, fontSize: 12 },
        data: rows.map((r) => r.label),
        axisLabel: style.axisLabel,
        axisLine: style.axisLine,
      },
      yAxis: { type: 'value', axisLabel: style.axisLabel, splitLine: style.splitLine },
      series: [
        {
          name: t('analytics.charts.fit.actual'),
          type: 'line',
          data: rows.map((r) => r.actual),
          symbolSize: 7,
          itemStyle: { color: style.token.colorPrimary },
        },
        {
          name: t('analytics.charts.fit.predicted'),
          type: 'line',
          data: rows.map((r) => r.predicted),
          symbolSize: 7,
          lineStyle: { type: 'dashed' },
          itemStyle: { color: style.token.colorWarning },
        },
      ],
    }),
    [rows, format, style, t],
  );
  const ref = useAnalyticsChart<HTMLDivElement>(option);
  return <div ref={ref} style={{ height: 300, width: '100%' }} data-testid="fit-quality-chart" />;
};
