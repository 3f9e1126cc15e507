import { Alert, Divider, Drawer, Flex, Grid, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import { ErrorState } from '../../../ui/ErrorState';
import { useCan } from '../../auth/hooks/use-can';
import { useOrder } from '../api/orders.api';
import { canRefund } from '../state/order-status';
import { orderNumber } from '../state/order-number';
import { OrderFacts } from './OrderFacts';
import { OrderLinesTable } from './OrderLinesTable';
import { OrderRefundsTable } from './OrderRefundsTable';
import { OrderStatusActions } from './OrderStatusActions';
import { OrderStatusTag } from './OrderStatusTag';
import { RefundModal } from './RefundModal';

type OrderDrawerProps = { orderId: string; onClose: () => void };

/** One order: facts, status steps, lines with a refund per line, and the refunds made. */
export const OrderDrawer = ({ orderId, onClose }: OrderDrawerProps) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const can = useCan();
  const query = useOrder(orderId);
  const [refunding, setRefunding] = useState<Order['lines'][number] | null>(null);
  const [stale, setStale] = useState(false);
  const order = query.data;
  const write = can('orders.write');

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.lg ? 920 : '100%'}
      title={
        order ? (
          <Flex gap={8} align="center">
            {t('orders.detail.title', { number: orderNumber(order) })}
            <OrderStatusTag status={order.status} />
          </Flex>
        ) : (
          t('orders.detail.loading')
        )
      }
      data-testid="order-drawer"
    >
      {query.error ? (
        query.error.code === 'NOT_FOUND' ? (
          <Result status="404" title={t('orders.detail.notFound')} subTitle={query.error.message} />
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
        )
      ) : !order ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Flex vertical gap={16}>
          {stale && (
            <Alert
              type="warning"
              showIcon
              closable={{ onClose: () => setStale(false) }}
              title={t('orders.detail.staleTitle')}
              description={t('orders.detail.staleHelp')}
              data-testid="order-stale"
            />
          )}
          <OrderFacts order={order} />
          {write && <OrderStatusActions order={order} onStale={() => setStale(true)} />}
          <div>
            <Typography.Title level={5}>{t('orders.detail.lines')}</Typography.Title>
            <OrderLinesTable
              order={order}
              onRefund={write && canRefund(order.status) ? setRefunding : undefined}
            />
          </div>
          {order.refunds.length > 0 && (
            <>
              <Divider style={{ margin: 0 }} />
              <div>
                <Typography.Title level={5}>{t('orders.detail.refunds')}</Typography.Title>
                <OrderRefundsTable order={order} />
              </div>
            </>
          )}
        </Flex>
      )}
      {order && refunding && (
        <RefundModal order={order} line={refunding} onClose={() => setRefunding(null)} />
      )}
    </Drawer>
  );
};
