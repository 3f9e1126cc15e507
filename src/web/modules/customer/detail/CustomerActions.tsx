import {
  DeleteOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  MergeCellsOutlined,
  MoreOutlined,
  UndoOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Flex, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Customer } from '../../../../shared/contracts/customers';
import { useApiError } from '../../../app/forms/use-api-error';
import { useCan } from '../../auth/hooks/use-can';
import { useBinCustomer } from '../api/customer.api';

type CustomerActionsProps = {
  customer: Customer;
  revealed: boolean;
  revealing: boolean;
  onReveal: () => void;
  onEdit: () => void;
};

/** Edit, reveal contacts, merge, recycle bin: each shown only to roles that may use it. */
export const CustomerActions = ({
  customer,
  revealed,
  revealing,
  onReveal,
  onEdit,
}: CustomerActionsProps) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const can = useCan();
  const navigate = useNavigate();
  const onApiError = useApiError();
  const bin = useBinCustomer();
  const deleted = !!customer.deletedAt;
  const hasContacts = customer.phones.length > 0 || customer.emails.length > 0;

  const setDeleted = (restore: boolean) =>
    bin.mutate(
      { id: customer.id, restore },
      {
        onSuccess: () =>
          message.success(t(restore ? 'customer.actions.restored' : 'customer.actions.binned')),
        onError: (error) => onApiError(error),
      },
    );

  const confirmBin = () =>
    modal.confirm({
      title: t('customer.actions.binConfirm', { name: customer.name }),
      content: t('customer.actions.binHelp'),
      okText: t('customer.actions.bin'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'customer-bin-confirm' } },
      onOk: () => setDeleted(false),
    });

  const more: MenuProps['items'] = [
    can('customers.write') &&
      !deleted && {
        key: 'merge',
        icon: <MergeCellsOutlined />,
        label: t('customer.actions.merge'),
        onClick: () => navigate(`/customers/duplicates?customer=${customer.id}`),
      },
    can('customers.write') &&
      !deleted &&
      customer.kind === 'company' && {
        key: 'add-person',
        icon: <UserAddOutlined />,
        label: t('customer.actions.addPerson'),
        onClick: () => navigate(`/customers/new?companyId=${customer.id}`),
      },
    can('customers.delete') &&
      !deleted && {
        key: 'bin',
        icon: <DeleteOutlined />,
        danger: true,
        label: <span data-testid="customer-bin">{t('customer.actions.bin')}</span>,
        onClick: confirmBin,
      },
  ].filter((item) => !!item);

  return (
    <Flex gap={8} wrap>
      {deleted && can('customers.delete') && (
        <Button
          type="primary"
          icon={<UndoOutlined />}
          loading={bin.isPending}
          onClick={() => setDeleted(true)}
          data-testid="customer-restore"
        >
          {t('customer.actions.restore')}
        </Button>
      )}
      {!deleted && can('customers.write') && (
        <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="customer-edit">
          {t('common.actions.edit')}
        </Button>
      )}
      {!deleted && hasContacts && can('customers.reveal') && (
        <Button
          icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          loading={revealing}
          onClick={onReveal}
          data-testid="customer-reveal"
        >
          {t(revealed ? 'customer.actions.hide' : 'customer.actions.reveal')}
        </Button>
      )}
      {more.length > 0 && (
        <Dropdown menu={{ items: more }} trigger={['click']} placement="bottomRight">
          <Button
            icon={<MoreOutlined />}
            aria-label={t('customer.actions.more')}
            data-testid="customer-more"
          />
        </Dropdown>
      )}
    </Flex>
  );
};
