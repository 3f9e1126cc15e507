import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderStatuses, type OrderStatus } from '../../../../shared/contracts/orders';
import { ChannelSelect } from './ChannelSelect';

type OrderFiltersProps = {
  status: OrderStatus | undefined;
  channel: string | undefined;
  onChange: (next: { status?: OrderStatus; channel?: string }) => void;
};

/** Status and channel filters above the orders list; empty means any. */
export const OrderFilters = ({ status, channel, onChange }: OrderFiltersProps) => {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap data-testid="order-filters">
      <Select<OrderStatus | null>
        value={status ?? null}
        onChange={(next) => onChange({ status: next ?? undefined, channel })}
        allowClear
        placeholder={t('orders.list.anyStatus')}
        aria-label={t('orders.fields.status')}
        options={orderStatuses.map((s) => ({ value: s, label: t(`orders.status.${s}`) }))}
        style={{ width: 160 }}
        data-testid="order-filter-status"
      />
      <ChannelSelect
        value={channel ?? null}
        onChange={(next) => onChange({ status, channel: next ?? undefined })}
        allowClear
        placeholder={t('orders.list.anyChannel')}
        style={{ width: 180 }}
        data-testid="order-filter-channel"
      />
    </Flex>
  );
};
