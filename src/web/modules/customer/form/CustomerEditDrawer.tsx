import { App, Drawer, Grid } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { CustomerForm } from './CustomerForm';

type CustomerEditDrawerProps = { customer: Customer; onClose: () => void };

/** Edits a customer beside their 360 page; Esc closes, asking first when something was changed. */
export const CustomerEditDrawer = ({ customer, onClose }: CustomerEditDrawerProps) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const dirty = useRef(false);

  const close = () => {
    if (!dirty.current) return onClose();
    modal.confirm({
      title: t('customer.form.discardTitle'),
      content: t('customer.form.discardHelp'),
      okText: t('customer.form.discard'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'customer-discard-confirm' } },
      cancelText: t('customer.form.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open
      onClose={close}
      title={t('customer.form.editTitle', { name: customer.name })}
      size={screens.md ? 760 : '100%'}
      data-testid="customer-edit-drawer"
    >
      <CustomerForm
        customer={customer}
        framed={false}
        onValuesChange={() => (dirty.current = true)}
        onSaved={() => onClose()}
        onCancel={close}
      />
    </Drawer>
  );
};
