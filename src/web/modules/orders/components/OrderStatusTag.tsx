import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../../shared/contracts/orders';
import { statusColour } from '../state/order-status';

export const OrderStatusTag = ({ status }: { status: OrderStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={statusColour[status]} style={{ marginInlineEnd: 0 }} data-testid={`order-status-${status}`}>
      {t(`orders.status.${status}`)}
    </Tag>
  );
};
