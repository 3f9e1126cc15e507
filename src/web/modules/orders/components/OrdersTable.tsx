import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderSummary } from '../../../../shared/contracts/orders';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useOrgMoney } from '../../products/hooks/use-org-money';
import { useOrders, type OrderFilters } from '../api/orders.api';
import { useChannelLabel } from '../hooks/use-channel-label';
import { orderNumber } from '../state/order-number';
import { OrderStatusTag } from './OrderStatusTag';

type OrdersTableProps = {
  filters: OrderFilters;
  onOpen: (orderId: string) => void;
  /** Off on a customer's own page, where every row is theirs. */
  showCustomer?: boolean;
  pageSize?: number;
  empty?: ReactNode;
  testId?: string;
};

/** Orders newest first with "load more"; a row (or its number, by keyboard) opens the order. */
export const OrdersTable = ({
  filters,
  onOpen,
  showCustomer = true,
  pageSize = 50,
  empty,
  testId = 'orders-table',
}: OrdersTableProps) => {
  const { t } = useTranslation();
  const timeZone = useOrgTimeZone();
  const money = useOrgMoney();
  const channelLabel = useChannelLabel();
  const query = useOrders(filters, pageSize);
  const rows = query.data?.pages.flatMap((page) => page.data) ?? [];

  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />;

  const amount = (cents: number, muted = false) => (
    <Typography.Text type={muted ? 'secondary' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {money.format(cents)}
    </Typography.Text>
  );
  const columns: TableColumnsType<OrderSummary> = [
    {
      title: t('orders.fields.number'),
      key: 'number',
      width: 130,
      render: (_, order) => (
        <Typography.Link
          href={`/orders?order=${order.id}`}
          onClick={(event) => {
            event.stopPropagation();
            // A plain click opens the drawer here; Ctrl/Cmd-click still opens the order in a new tab.
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(order.id);
          }}
          data-testid="order-open"
        >
          {orderNumber(order)}
        </Typography.Link>
      ),
    },
    {
      title: t('orders.fields.orderedAt'),
      dataIndex: 'orderedAt',
      width: 150,
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    ...(showCustomer
      ? [
          {
            title: t('orders.fields.customer'),
            key: 'customer',
            ellipsis: true,
            render: (_: unknown, order: OrderSummary) => (
              <Link to={`/customers/${order.customerId}`} onClick={(event) => event.stopPropagation()}>
                {order.customerName}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: t('orders.fields.channel'),
      dataIndex: 'channel',
      width: 130,
      ellipsis: true,
      render: (key: string) => channelLabel(key),
    },
    {
      title: t('orders.fields.status'),
      dataIndex: 'status',
      width: 110,
      render: (status: OrderSummary['status']) => <OrderStatusTag status={status} />,
    },
    {
      title: t('orders.fields.lines'),
      dataIndex: 'lineCount',
      width: 80,
      align: 'right',
    },
    {
      title: t('orders.fields.total'),
      dataIndex: 'totalCents',
      width: 130,
      align: 'right',
      render: (cents: number, order) => amount(cents, order.status === 'cancelled'),
    },
    {
      title: t('orders.fields.net'),
      dataIndex: 'netCents',
      width: 130,
      align: 'right',
      render: (cents: number) => amount(cents),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Table<OrderSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={query.isPending || (query.isFetching && query.isPlaceholderData)}
        pagination={false}
        scroll={{ x: showCustomer ? 900 : 760 }}
        onRow={(order) => ({ onClick: () => onOpen(order.id), style: { cursor: 'pointer' } })}
        locale={{
          emptyText: query.isPending ? ' ' : (empty ?? <Empty description={t('orders.list.empty')} />),
        }}
        data-testid={testId}
      />
      {query.hasNextPage && (
        <Flex justify="center">
          <Button
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
            data-testid={`${testId}-load-more`}
          >
            {t('common.actions.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
