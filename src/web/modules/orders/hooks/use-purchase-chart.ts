import { BarChart, PieChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useEcharts, type ChartOption } from '../../segments/hooks/use-echarts';

// The shared chart hook bundles line charts only; the purchases tab adds bars, pies and a legend.
echarts.use([BarChart, PieChart, LegendComponent]);

export type { ChartOption };

/** A chart in the returned element's ref, with bar and pie series available. */
export const usePurchaseChart = <T extends HTMLElement>(option: ChartOption) => useEcharts<T>(option);
