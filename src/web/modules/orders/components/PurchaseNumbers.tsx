import { Statistic, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { useChannelLabel } from '../hooks/use-channel-label';

/** The customer's purchase rollups, kept current by the server in the same transaction as each order. */
export const PurchaseNumbers = ({ rollups }: { rollups: Customer['rollups'] }) => {
  const { t, i18n } = useTranslation();
  const money = useOrgMoney();
  const timeZone = useOrgTimeZone();
  const channelLabel = useChannelLabel();
  const none = t('common.none');
  const when = (at: string | null) => {
    if (!at) return none;
    const time = dayjs(at)
      .tz(timeZone)
      .locale(i18n.language === 'zh-CN' ? 'zh-cn' : 'en');
    return <Tooltip title={time.format('YYYY-MM-DD HH:mm')}>{time.fromNow()}</Tooltip>;
  };
  const numbers: [string, ReactNode][] = [
    ['orders', rollups.orderCount.toLocaleString(i18n.language)],
    ['revenue', money.format(rollups.revenueCents)],
    ['average', rollups.avgOrderCents === null ? none : money.format(rollups.avgOrderCents)],
    ['firstOrder', when(rollups.firstOrderAt)],
    ['lastOrder', when(rollups.lastOrderAt)],
    [
      'frequency',
      rollups.orderCount === 0
        ? none
        : t('orders.purchases.perMonth', { rate: rollups.purchaseFrequency.toLocaleString(i18n.language) }),
    ],
    ['favouriteCategory', rollups.favouriteCategory ?? none],
    ['favouriteProduct', rollups.favouriteProduct ?? none],
    ['preferredChannel', rollups.preferredChannel ? channelLabel(rollups.preferredChannel) : none],
  ];
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 16 }}
      data-testid="purchase-numbers"
    >
      {numbers.map(([key, value]) => (
        <Statistic
          key={key}
          title={t(`orders.purchases.numbers.${key}` as 'orders.purchases.numbers.orders')}
          valueRender={() => value}
          style={{ minWidth: 0 }}
          styles={{
            content: { fontSize: 18, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
          }}
          data-testid={`purchase-number-${key}`}
        />
      ))}
    </div>
  );
};
