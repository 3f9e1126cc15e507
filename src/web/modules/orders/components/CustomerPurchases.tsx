import { PlusOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { ErrorState } from '../../../ui/ErrorState';
import { useCan } from '../../auth/hooks/use-can';
import { useCustomerPurchases } from '../api/purchases.api';
import { CategoryChart } from './CategoryChart';
import { NewOrderDrawer } from './NewOrderDrawer';
import { OrderDrawer } from './OrderDrawer';
import { OrdersTable } from './OrdersTable';
import { ProductsBoughtTable } from './ProductsBoughtTable';
import { PurchaseNumbers } from './PurchaseNumbers';
import { SpendChart } from './SpendChart';

/**
 * The purchases tab of the customer 360 page: key numbers, spend per month, category breakdown,
 * the customer's orders and the products they bought. Every query here is keyed under
 * 'customers', so the server's update event after anyone's order change refreshes it live.
 */
export const CustomerPurchases = ({ customer }: { customer: Customer }) => {
  const { t } = useTranslation();
  const can = useCan();
  const purchases = useCustomerPurchases(customer.id);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const canWrite = can('orders.write') && !customer.deletedAt;
  const data = purchases.data;

  const newButton = canWrite && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setCreating(true)}
      data-testid="customer-new-order"
    >
      {t('orders.new')}
    </Button>
  );
  const section = (title: string) => (
    <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
      {title}
    </Typography.Title>
  );

  return (
    <Flex vertical gap={20} data-testid="customer-purchases">
      <div>
        <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 12 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('orders.purchases.summary')}
          </Typography.Title>
          {newButton}
        </Flex>
        <PurchaseNumbers rollups={customer.rollups} />
      </div>
      {purchases.error ? (
        <ErrorState error={purchases.error} onRetry={() => void purchases.refetch()} compact />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : data.monthly.length === 0 && data.products.length === 0 ? (
        <Empty
          image={<ShoppingCartOutlined style={{ fontSize: 48, opacity: 0.35 }} />}
          description={t('orders.purchases.empty')}
          data-testid="customer-purchases-empty"
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={15}>
            <Card size="small" title={t('orders.purchases.spendOverTime')}>
              {data.monthly.length > 0 ? (
                <SpendChart monthly={data.monthly} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.purchases.noSpend')} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={9}>
            <Card size="small" title={t('orders.purchases.categories')}>
              {data.categories.length > 0 ? (
                <CategoryChart categories={data.categories} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.purchases.noSpend')} />
              )}
            </Card>
          </Col>
        </Row>
      )}
      <div>
        {section(t('orders.purchases.ordersTitle'))}
        <OrdersTable
          filters={{ customerId: customer.id }}
          onOpen={setOpenId}
          showCustomer={false}
          pageSize={10}
          testId="customer-orders"
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.purchases.noOrders')} />}
        />
      </div>
      {data && data.products.length > 0 && (
        <div>
          {section(t('orders.purchases.productsTitle'))}
          <ProductsBoughtTable products={data.products} />
        </div>
      )}
      {creating && (
        <NewOrderDrawer
          customer={{ id: customer.id, name: customer.name }}
          onSaved={() => setCreating(false)}
          onClose={() => setCreating(false)}
        />
      )}
      {openId && <OrderDrawer key={openId} orderId={openId} onClose={() => setOpenId(null)} />}
    </Flex>
  );
};
