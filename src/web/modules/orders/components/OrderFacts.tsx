import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Order } from '../../../../shared/contracts/orders';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { useChannelLabel } from '../hooks/use-channel-label';

/** Who, when, where, and the money: total, refunded and what counts as revenue. */
export const OrderFacts = ({ order }: { order: Order }) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  const timeZone = useOrgTimeZone();
  const channelLabel = useChannelLabel();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2 }}
      data-testid="order-facts"
      items={[
        {
          key: 'customer',
          label: t('orders.fields.customer'),
          children: <Link to={`/customers/${order.customerId}`}>{order.customerName}</Link>,
        },
        {
          key: 'orderedAt',
          label: t('orders.fields.orderedAt'),
          children: <DateTimeText value={order.orderedAt} timeZone={timeZone} />,
        },
        { key: 'channel', label: t('orders.fields.channel'), children: channelLabel(order.channel) },
        {
          key: 'externalId',
          label: t('orders.fields.externalId'),
          children: order.externalId ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
        { key: 'total', label: t('orders.fields.total'), children: money.format(order.totalCents) },
        {
          key: 'refunded',
          label: t('orders.fields.refunded'),
          children: order.refundedCents > 0 ? money.format(order.refundedCents) : '—',
        },
        {
          key: 'net',
          label: t('orders.fields.net'),
          children: (
            <Typography.Text strong data-testid="order-net">
              {money.format(order.netCents)}
            </Typography.Text>
          ),
        },
        ...(order.note
          ? [{ key: 'note', label: t('orders.fields.note'), span: 'filled' as const, children: order.note }]
          : []),
      ]}
    />
  );
};
