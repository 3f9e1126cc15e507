import { Skeleton, Typography, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentSize } from '../../../../shared/contracts/segments';
import { useSegmentSizes } from '../api/segments.api';
import { useEcharts, type ChartOption } from '../hooks/use-echarts';

const HEIGHT = 72;

const TrendChart = ({ sizes }: { sizes: SegmentSize[] }) => {
  const { token } = theme.useToken();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 6, bottom: 2 },
      tooltip: {
        trigger: 'axis',
        confine: true,
        valueFormatter: (value: unknown) => Number(value).toLocaleString(),
      },
      xAxis: { type: 'category', data: sizes.map((s) => s.day), show: false, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: sizes.map((s) => s.size),
          smooth: true,
          symbol: 'circle',
          symbolSize: 4,
          showSymbol: sizes.length < 20,
          lineStyle: { width: 2, color: token.colorPrimary },
          itemStyle: { color: token.colorPrimary },
          areaStyle: { color: token.colorPrimaryBg },
        },
      ],
    }),
    [sizes, token.colorPrimary, token.colorPrimaryBg],
  );
  const ref = useEcharts<HTMLDivElement>(option);
  return <div ref={ref} style={{ height: HEIGHT, width: '100%' }} />;
};

/** The segment's daily size as a small line chart; a single day is not a trend yet. */
export const SegmentTrend = ({ segmentId }: { segmentId: string }) => {
  const { t } = useTranslation();
  const { data: sizes, isPending } = useSegmentSizes(segmentId);
  return (
    <div data-testid="segment-trend" data-points={sizes?.length ?? 0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('segments.trend')}
      </Typography.Text>
      {isPending ? (
        <Skeleton.Node active style={{ width: '100%', height: HEIGHT }} />
      ) : sizes && sizes.length > 1 ? (
        <TrendChart sizes={sizes} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, minHeight: HEIGHT, margin: '4px 0 0' }}>
          {t('segments.trendEmpty')}
        </Typography.Paragraph>
      )}
    </div>
  );
};
