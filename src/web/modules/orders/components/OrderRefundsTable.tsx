import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useOrgMoney } from '../../products/hooks/use-org-money';

type Refund = Order['refunds'][number];

/** Refunds recorded against the order's lines, oldest first. */
export const OrderRefundsTable = ({ order }: { order: Order }) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  const timeZone = useOrgTimeZone();
  const productOf = (lineNo: number) => order.lines.find((line) => line.lineNo === lineNo)?.productName ?? '';
  const columns: TableColumnsType<Refund> = [
    {
      title: t('orders.refund.at'),
      dataIndex: 'refundedAt',
      width: 150,
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    {
      title: t('orders.fields.product'),
      dataIndex: 'lineNo',
      ellipsis: true,
      render: (lineNo: number) => `#${lineNo} ${productOf(lineNo)}`,
    },
    { title: t('orders.fields.quantity'), dataIndex: 'quantity', width: 70, align: 'right' },
    {
      title: t('orders.refund.amount'),
      dataIndex: 'amountCents',
      width: 120,
      align: 'right',
      render: (cents: number) => money.format(cents),
    },
    {
      title: t('orders.refund.reason'),
      dataIndex: 'reason',
      ellipsis: true,
      render: (reason: string | null) => reason ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];
  return (
    <Table<Refund>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={order.refunds}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="order-refunds"
    />
  );
};
