import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClvDistribution } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';

type Bucket = ClvDistribution['buckets'][number];

/** `¥1K–2K`, or `¥9K or more` for the open last bucket. */
export const bucketLabel = (bucket: Bucket, format: AnalyticsFormat, orMore: (from: string) => string) =>
  bucket.toCents === null
    ? orMore(format.compactMoney(bucket.fromCents))
    : `${format.compactMoney(bucket.fromCents)}–${format.compactMoney(bucket.toCents)}`;

type ClvChartProps = { buckets: Bucket[]; format: AnalyticsFormat; onOpen: (filter: unknown) => void };

/** Customers per predicted-CLV bucket; a bar opens its customers. */
export const ClvChart = ({ buckets, format, onOpen }: ClvChartProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 8, top: 24, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      tooltip: {
        trigger: 'axis',
        ...style.tooltip,
        formatter: (items: { dataIndex: number }[]) => {
          const bucket = buckets[items[0]!.dataIndex]!;
          return [
            `<b>${bucketLabel(bucket, format, (from) => t('analytics.charts.clv.orMore', { from }))}</b>`,
            `${t('analytics.charts.common.customers')}: ${format.count(bucket.customers)}`,
            `${t('analytics.charts.common.clv')}: ${format.money(bucket.clvCents)}`,
            `${t('analytics.charts.common.revenue')}: ${format.money(bucket.revenueCents)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: buckets.map((b) =>
          bucketLabel(b, format, (from) => t('analytics.charts.clv.orMore', { from })),
        ),
        axisLabel: { ...style.axisLabel, interval: 0, rotate: buckets.length > 6 ? 30 : 0 },
        axisLine: style.axisLine,
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: style.axisLabel, splitLine: style.splitLine },
      series: [
        {
          type: 'bar',
          data: buckets.map((b) => b.customers),
          barMaxWidth: 40,
          itemStyle: { color: style.token.colorPrimary, borderRadius: [3, 3, 0, 0] },
          label: { show: true, position: 'top', color: style.token.colorTextSecondary, fontSize: 11 },
        },
      ],
    }),
    [buckets, format, style, t],
  );
  const ref = useAnalyticsChart<HTMLDivElement>(option, ({ dataIndex }) => {
    const bucket = buckets[dataIndex];
    if (bucket && bucket.customers > 0) onOpen(bucket.filter);
  });
  return <div ref={ref} style={{ height: 280, width: '100%' }} data-testid="clv-chart" />;
};
