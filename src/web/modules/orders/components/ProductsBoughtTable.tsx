import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerPurchases } from '../../../../shared/contracts/orders';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useOrgMoney } from '../../products/hooks/use-org-money';

type Row = CustomerPurchases['products'][number];

/** What the customer bought, most often ordered first. */
export const ProductsBoughtTable = ({ products }: { products: Row[] }) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  const timeZone = useOrgTimeZone();
  const columns: TableColumnsType<Row> = [
    { title: t('orders.fields.product'), dataIndex: 'name', ellipsis: true },
    { title: t('orders.purchases.orders'), dataIndex: 'orders', width: 90, align: 'right' },
    { title: t('orders.fields.quantity'), dataIndex: 'quantity', width: 90, align: 'right' },
    {
      title: t('orders.purchases.revenue'),
      dataIndex: 'revenueCents',
      width: 130,
      align: 'right',
      render: (cents: number) => money.format(cents),
    },
    {
      title: t('orders.purchases.lastOrdered'),
      dataIndex: 'lastOrderedAt',
      width: 150,
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} relative />,
    },
  ];
  return (
    <Table<Row>
      rowKey="productId"
      size="small"
      columns={columns}
      dataSource={products}
      pagination={products.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: 600 }}
      data-testid="products-bought"
    />
  );
};
