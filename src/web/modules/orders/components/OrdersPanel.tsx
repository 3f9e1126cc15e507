import { AppstoreOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { orderStatuses, type OrderStatus } from '../../../../shared/contracts/orders';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/use-can';
import { NewOrderDrawer } from './NewOrderDrawer';
import { OrderDrawer } from './OrderDrawer';
import { OrderFilters } from './OrderFilters';
import { OrdersTable } from './OrdersTable';

const isStatus = (value: string | null): value is OrderStatus =>
  (orderStatuses as readonly string[]).includes(value ?? '');

/**
 * The orders page: filters, the list newest first, an order drawer (?order=…) and the new order
 * drawer (?new=1). Filters and the open order live in the URL, so a link shows the same view.
 */
export const OrdersPanel = () => {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const channel = params.get('channel') ?? undefined;
  const openId = params.get('order');
  const creating = params.get('new') === '1';

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const newButton = can('orders.write') && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => update({ new: '1' })}
      data-testid="order-new"
    >
      {t('orders.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('orders.title')}
        description={t('orders.subtitle')}
        level={2}
        extra={
          <>
            <Button
              icon={<AppstoreOutlined />}
              onClick={() => navigate('/products')}
              data-testid="orders-products"
            >
              {t('orders.productsLink')}
            </Button>
            {can('orders.write') && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => navigate('/orders/import')}
                data-testid="orders-import"
              >
                {t('orderImport.open')}
              </Button>
            )}
            {newButton}
          </>
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <OrderFilters status={status} channel={channel} onChange={(next) => update(next)} />
          <OrdersTable
            filters={{ status, channel }}
            onOpen={(id) => update({ order: id })}
            empty={
              <Empty description={t(status || channel ? 'orders.list.noMatch' : 'orders.list.empty')}>
                {!status && !channel && newButton}
              </Empty>
            }
          />
        </Flex>
      </Card>
      {openId && <OrderDrawer key={openId} orderId={openId} onClose={() => update({ order: undefined })} />}
      {creating && (
        <NewOrderDrawer
          onSaved={(order) => update({ new: undefined, order: order.id })}
          onClose={() => update({ new: undefined })}
        />
      )}
    </>
  );
};
