import { theme } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPurchases } from '../../../../shared/contracts/orders';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { usePurchaseChart, type ChartOption } from '../hooks/use-purchase-chart';
import { fillMonths } from '../state/month-series';

/** Net spend per month as bars, the number of orders as a line on its own axis. */
export const SpendChart = ({ monthly }: { monthly: CustomerPurchases['monthly'] }) => {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const money = useOrgMoney();
  const option = useMemo<ChartOption>(() => {
    const months = fillMonths(monthly);
    const zh = i18n.language === 'zh-CN';
    const axisText = { color: token.colorTextSecondary, fontSize: 11 };
    const splitLine = { lineStyle: { color: token.colorBorderSecondary } };
    return {
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
      legend: { top: 0, right: 0, textStyle: { color: token.colorText } },
      tooltip: { trigger: 'axis', confine: true },
      xAxis: {
        type: 'category',
        data: months.map((m) => dayjs(`${m.month}-01`).format(zh ? 'YYYY年M月' : 'MMM YYYY')),
        axisLabel: axisText,
        axisLine: { lineStyle: { color: token.colorBorder } },
      },
      yAxis: [
        {
          type: 'value',
          axisLabel: {
            ...axisText,
            formatter: (value: number) => money.format(money.toMinor(value)).replace(/\.00$/, ''),
          },
          splitLine,
        },
        { type: 'value', minInterval: 1, axisLabel: axisText, splitLine: { show: false } },
      ],
      series: [
        {
          name: t('orders.purchases.revenue'),
          type: 'bar',
          data: months.map((m) => money.toMajor(m.revenueCents)),
          itemStyle: { color: token.colorPrimary, borderRadius: [3, 3, 0, 0] },
          barMaxWidth: 36,
          tooltip: { valueFormatter: (value: unknown) => money.format(money.toMinor(Number(value))) },
        },
        {
          name: t('orders.purchases.orders'),
          type: 'line',
          yAxisIndex: 1,
          data: months.map((m) => m.orders),
          symbolSize: 6,
          itemStyle: { color: token.colorWarning },
          lineStyle: { color: token.colorWarning, width: 2 },
        },
      ],
    };
  }, [monthly, i18n.language, token, money, t]);
  const ref = usePurchaseChart<HTMLDivElement>(option);
  return (
    <div
      ref={ref}
      style={{ height: 260, width: '100%' }}
      data-testid="spend-chart"
      data-months={monthly.length}
    />
  );
};
