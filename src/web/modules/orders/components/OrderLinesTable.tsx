import { RollbackOutlined } from '@ant-design/icons';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contracts/orders';
import { useOrgMoney } from '../../products/hooks/use-org-money';

type Line = Order['lines'][number];

type OrderLinesTableProps = {
  order: Order;
  /** Given when the person may refund: a button per line with something left to refund. */
  onRefund?: (line: Line) => void;
};

/** The order's lines with what was refunded of each. */
export const OrderLinesTable = ({ order, onRefund }: OrderLinesTableProps) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  const cents = (value: number) => (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>{money.format(value)}</span>
  );
  const columns: TableColumnsType<Line> = [
    { title: '#', dataIndex: 'lineNo', width: 44 },
    { title: t('orders.fields.product'), dataIndex: 'productName', ellipsis: true },
    { title: t('orders.fields.quantity'), dataIndex: 'quantity', width: 70, align: 'right' },
    {
      title: t('orders.fields.unitPrice'),
      dataIndex: 'unitPriceCents',
      width: 100,
      align: 'right',
      render: cents,
    },
    {
      title: t('orders.fields.discount'),
      dataIndex: 'discountCents',
      width: 90,
      align: 'right',
      render: (value: number) =>
        value > 0 ? cents(value) : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('orders.fields.lineTotal'),
      dataIndex: 'totalCents',
      width: 120,
      align: 'right',
      render: cents,
    },
    {
      title: t('orders.fields.refunded'),
      key: 'refunded',
      width: 130,
      align: 'right',
      render: (_, line) =>
        line.refundedCents > 0 ? (
          <Typography.Text type="warning" style={{ whiteSpace: 'nowrap' }}>
            {t('orders.detail.refundedLine', {
              count: line.refundedQuantity,
              amount: money.format(line.refundedCents),
            })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...(onRefund
      ? [
          {
            key: 'refund',
            width: 96,
            render: (_: unknown, line: Line) =>
              line.refundedCents < line.totalCents && (
                <Button
                  size="small"
                  icon={<RollbackOutlined />}
                  onClick={() => onRefund(line)}
                  data-testid={`order-refund-line-${line.lineNo}`}
                >
                  {t('orders.refund.action')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <Table<Line>
      rowKey="lineNo"
      size="small"
      columns={columns}
      dataSource={order.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="order-lines"
    />
  );
};
