import { App, Drawer, Grid } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import { OrderForm } from './OrderForm';

type NewOrderDrawerProps = {
  customer?: { id: string; name: string };
  onSaved: (order: Order) => void;
  onClose: () => void;
};

/** The order form in a drawer; Esc closes it, asking first when something was typed. */
export const NewOrderDrawer = ({ customer, onSaved, onClose }: NewOrderDrawerProps) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const dirty = useRef(false);

  const close = () => {
    if (!dirty.current) return onClose();
    modal.confirm({
      title: t('orders.form.discardTitle'),
      content: t('orders.form.discardHelp'),
      okText: t('orders.form.discard'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'order-discard-confirm' } },
      cancelText: t('orders.form.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open
      onClose={close}
      size={screens.md ? 860 : '100%'}
      title={customer ? t('orders.form.titleFor', { name: customer.name }) : t('orders.form.title')}
      data-testid="order-new-drawer"
    >
      <OrderForm
        customer={customer}
        onSaved={onSaved}
        onCancel={close}
        onValuesChange={() => (dirty.current = true)}
      />
    </Drawer>
  );
};
