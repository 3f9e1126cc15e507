import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { LegendComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useEcharts, type ChartOption } from '../../segments/hooks/use-echarts';

// The shared chart hook bundles line charts; the dashboard adds bars, pies, the cohort heat map,
// legends and the heat map's colour scale.
echarts.use([BarChart, LineChart, PieChart, HeatmapChart, LegendComponent, VisualMapComponent]);

export type { ChartOption };

/** What was clicked: the series and the index of the data item within it. */
export type ChartClick = { seriesIndex: number; dataIndex: number };

/**
 * A chart in the returned element's ref (see useEcharts), whose bars, slices, points and cells
 * call `onClick` — the dashboard opens the customers behind them.
 */
export const useAnalyticsChart = <T extends HTMLElement>(
  option: ChartOption,
  onClick?: (click: ChartClick) => void,
) => {
  const ref = useEcharts<T>(option);
  const latest = useRef(onClick);
  useEffect(() => {
    latest.current = onClick;
  });
  useEffect(() => {
    const instance = ref.current ? echarts.getInstanceByDom(ref.current) : undefined;
    if (!instance) return undefined;
    const handler = (params: { seriesIndex?: number; dataIndex?: number }) => {
      if (params.seriesIndex === undefined || params.dataIndex === undefined) return;
      latest.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
    };
    instance.on('click', handler);
    return () => {
      if (!instance.isDisposed()) instance.off('click', handler);
    };
  }, [ref]);
  return ref;
};
