import { theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPurchases } from '../../../../shared/contracts/orders';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { usePurchaseChart, type ChartOption } from '../hooks/use-purchase-chart';

/** Spend per product category as a ring; products without a category share one slice. */
export const CategoryChart = ({ categories }: { categories: CustomerPurchases['categories'] }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const money = useOrgMoney();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (item: { name: string; value: number; percent: number }) =>
          `${item.name}<br/>${money.format(money.toMinor(item.value))} (${item.percent}%)`,
      },
      legend: {
        type: 'scroll',
        bottom: 0,
        textStyle: { color: token.colorText },
        pageTextStyle: { color: token.colorTextSecondary },
      },
      series: [
        {
          type: 'pie',
          radius: ['42%', '68%'],
          center: ['50%', '44%'],
          avoidLabelOverlap: true,
          label: { show: false },
          itemStyle: { borderColor: token.colorBgContainer, borderWidth: 2 },
          data: categories.map((c) => ({
            name: c.category ?? t('orders.purchases.uncategorised'),
            value: money.toMajor(c.revenueCents),
          })),
        },
      ],
    }),
    [categories, token, money, t],
  );
  const ref = usePurchaseChart<HTMLDivElement>(option);
  return <div ref={ref} style={{ height: 260, width: '100%' }} data-testid="category-chart" />;
};
