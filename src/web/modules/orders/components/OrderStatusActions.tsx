import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import { useApiError } from '../../../app/forms/use-api-error';
import { useUpdateOrder } from '../api/orders.api';
import { nextStatuses } from '../state/order-status';

type OrderStatusActionsProps = {
  order: Order;
  /** Someone else changed the order first; the drawer now shows their version. */
  onStale: () => void;
};

/** One button per allowed next status; cancelling asks first. */
export const OrderStatusActions = ({ order, onStale }: OrderStatusActionsProps) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const onApiError = useApiError();
  const update = useUpdateOrder();
  const steps = nextStatuses(order.status);
  if (steps.length === 0) return null;

  const move = (status: (typeof steps)[number]) =>
    update.mutate(
      { id: order.id, version: order.version, status },
      {
        onSuccess: () =>
          message.success(t('orders.detail.statusChanged', { status: t(`orders.status.${status}`) })),
        onError: (error) => (error.code === 'CONFLICT' ? onStale() : onApiError(error)),
      },
    );

  return (
    <Flex gap={8} wrap data-testid="order-status-actions">
      {steps.map((status) =>
        status === 'cancelled' ? (
          <Button
            key={status}
            danger
            disabled={update.isPending}
            onClick={() =>
              modal.confirm({
                title: t('orders.detail.cancelConfirm'),
                content: t('orders.detail.cancelHelp'),
                okText: t('orders.detail.moveTo.cancelled'),
                okButtonProps: { danger: true, ...{ 'data-testid': 'order-cancel-confirm' } },
                cancelText: t('orders.detail.keep'),
                onOk: () => move(status),
              })
            }
            data-testid="order-move-cancelled"
          >
            {t('orders.detail.moveTo.cancelled')}
          </Button>
        ) : (
          <Button
            key={status}
            type={status === steps[0] ? 'primary' : 'default'}
            loading={update.isPending && update.variables?.status === status}
            disabled={update.isPending}
            onClick={() => move(status)}
            data-testid={`order-move-${status}`}
          >
            {t(`orders.detail.moveTo.${status}`)}
          </Button>
        ),
      )}
    </Flex>
  );
};
