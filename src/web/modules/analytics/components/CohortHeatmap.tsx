import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohorts } from '../api/dashboard.api';
import { useAnalyticsChart, type ChartOption } from '../hooks/use-analytics-chart';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useChartStyle } from '../hooks/use-chart-style';
import { addMonths } from '../state/month-math';

type CohortHeatmapProps = {
  cohorts: Cohorts['cohorts'];
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
};

const ROW_HEIGHT = 24;

/**
 * Cohorts (oldest on top) × months since the first purchase, shaded by retention. Month 0 is
 * always 100%, so the colour scale runs to the highest later retention to keep later months apart.
 */
export const CohortHeatmap = ({ cohorts, format, onOpen }: CohortHeatmapProps) => {
  const { t } = useTranslation();
  const style = useChartStyle();
  const cells = useMemo(
    () =>
      cohorts.flatMap((cohort, y) =>
        cohort.cells.map((cell) => ({ cohort, cell, y, value: [cell.offset, y, cell.retention] })),
      ),
    [cohorts],
  );
  const option = useMemo<ChartOption>(() => {
    const offsets = Math.max(1, ...cohorts.map((c) => c.cells.length));
    const later = Math.max(0.05, ...cells.filter((c) => c.cell.offset > 0).map((c) => c.cell.retention));
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      tooltip: {
        ...style.tooltip,
        formatter: (p: { dataIndex: number }) => {
          const { cohort, cell } = cells[p.dataIndex]!;
          return [
            `<b>${t('analytics.charts.cohorts.tooltipCohort', { cohort: format.month(cohort.cohort), size: format.count(cohort.size) })}</b>`,
            t('analytics.charts.cohorts.tooltipOffset', {
              offset: cell.offset,
              month: format.month(addMonths(cohort.cohort, cell.offset)),
            }),
            `${t('analytics.charts.cohorts.retention')}: ${format.percent(cell.retention)}`,
            `${t('analytics.charts.cohorts.active')}: ${format.count(cell.active)}`,
            `${t('analytics.charts.cohorts.revenue')}: ${format.money(cell.revenueCents)}`,
            `${t('analytics.charts.cohorts.repeatRate')}: ${format.percent(cohort.repeatRate)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        name: t('analytics.charts.cohorts.offset'),
        nameLocation: 'middle',
        nameGap: 26,
        nameTextStyle: { color: style.token.colorTextSecondary, fontSize: 12 },
        data: Array.from({ length: offsets }, (_, i) => String(i)),
        axisLabel: style.axisLabel,
        axisLine: style.axisLine,
        splitArea: { show: false },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: cohorts.map((c) => `${c.cohort} (${format.count(c.size)})`),
        axisLabel: { ...style.axisLabel, fontFamily: 'monospace' },
        axisLine: style.axisLine,
      },
      visualMap: {
        min: 0,
        max: later,
        show: false,
        inRange: { color: [style.token.colorBgLayout, style.token.colorPrimary] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells.map((c) => c.value),
          label: {
            show: offsets <= 30,
            fontSize: 10,
            formatter: (p: { value: number[] }) => (p.value[2]! > 0 ? format.percent(p.value[2]!, 0) : ''),
          },
          itemStyle: { borderColor: style.token.colorBgContainer, borderWidth: 1 },
          emphasis: { itemStyle: { borderColor: style.token.colorText } },
        },
      ],
    };
  }, [cohorts, cells, format, style, t]);
  const ref = useAnalyticsChart<HTMLDivElement>(option, ({ dataIndex }) => {
    const hit = cells[dataIndex];
    if (hit && hit.cell.active > 0) onOpen(hit.cell.filter);
  });
  return (
    <div
      ref={ref}
      style={{ height: cohorts.length * ROW_HEIGHT + 72, width: '100%' }}
      data-testid="cohort-heatmap"
    />
  );
};
