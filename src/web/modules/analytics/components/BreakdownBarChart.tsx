import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Breakdowns } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';

type Cell = Breakdowns['segments'][number];

type BreakdownBarChartProps = {
  cells: Cell[];
  labelOf: (key: string) => string;
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
  testId: string;
  /** A colour per key (lifecycle stages have meaningful ones); the palette otherwise. */
  colourOf?: (key: string) => string | undefined;
};

/** Customers per group as horizontal bars, first group on top; revenue and CLV in the tooltip. */
export const BreakdownBarChart = ({
  cells,
  labelOf,
  format,
  onOpen,
  testId,
  colourOf,
}: BreakdownBarChartProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const option = useMemo<ChartOption>(() => {
    const shown = [...cells].reverse();
    return {
      animation: false,
      grid: { left: 8, right: 48, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      tooltip: {
        trigger: 'item',
        ...style.tooltip,
        formatter: (p: { dataIndex: number }) => {
          const cell = shown[p.dataIndex]!;
          return [
            `<b>${labelOf(cell.key)}</b>`,
            `${t('analytics.charts.common.customers')}: ${format.count(cell.customers)}`,
            `${t('analytics.charts.common.revenue')}: ${format.money(cell.revenueCents)}`,
            `${t('analytics.charts.common.clv')}: ${format.money(cell.clvCents)}`,
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: style.axisLabel, splitLine: style.splitLine },
      yAxis: {
        type: 'category',
        data: shown.map((c) => labelOf(c.key)),
        axisLabel: { ...style.axisLabel, fontSize: 12, color: style.token.colorText },
        axisLine: style.axisLine,
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          data: shown.map((c, i) => ({
            value: c.customers,
            itemStyle: {
              color: colourOf?.(c.key) ?? style.palette[(shown.length - 1 - i) % style.palette.length],
            },
          })),
          barMaxWidth: 18,
          label: { show: true, position: 'right', color: style.token.colorTextSecondary, fontSize: 11 },
          itemStyle: { borderRadius: [0, 3, 3, 0] },
        },
      ],
    };
  }, [cells, labelOf, format, style, t, colourOf]);
  const ref = useAnalyticsChart<HTMLDivElement>(option, ({ dataIndex }) => {
    const cell = [...cells].reverse()[dataIndex];
    if (cell && cell.customers > 0) onOpen(cell.filter);
  });
  return (
    <div
      ref={ref}
      style={{ height: Math.max(160, cells.length * 28 + 24), width: '100%' }}
      data-testid={testId}
    />
  );
};
