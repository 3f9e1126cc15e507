import { Badge, Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/contracts/products';
import { ErrorState } from '../../../ui/ErrorState';
import { useProductList, type ProductFilters } from '../api/products.api';
import { useOrgMoney } from '../hooks/use-org-money';

type ProductTableProps = {
  filters: ProductFilters;
  onOpen: (product: Product) => void;
  /** Shown in the empty state of an unfiltered catalogue, e.g. "New product". */
  emptyAction?: ReactNode;
};

/** The catalogue in SKU order, 50 rows at a time; a row opens the product. */
export const ProductTable = ({ filters, onOpen, emptyAction }: ProductTableProps) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  const query = useProductList(filters);
  const rows = query.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = !!filters.q?.trim() || !!filters.categoryId;

  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />;

  const columns: TableColumnsType<Product> = [
    {
      title: t('products.fields.sku'),
      dataIndex: 'sku',
      width: 150,
      render: (sku: string, product) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto' }}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(product);
          }}
          data-testid={`product-open-${sku}`}
        >
          {sku}
        </Button>
      ),
    },
    { title: t('products.fields.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('products.fields.category'),
      dataIndex: 'categoryPath',
      ellipsis: true,
      render: (path: string[]) =>
        path.length > 0 ? (
          path.join(' / ')
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      title: t('products.fields.listPrice'),
      dataIndex: 'listPriceCents',
      align: 'right',
      width: 140,
      render: (cents: number) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{money.format(cents)}</span>
      ),
    },
    {
      title: t('products.fields.active'),
      dataIndex: 'active',
      width: 110,
      render: (active: boolean) => (
        <Badge
          status={active ? 'success' : 'default'}
          text={t(active ? 'products.status.active' : 'products.status.inactive')}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Table<Product>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={
          query.isPending || (query.isFetching && !query.isFetchingNextPage && query.isPlaceholderData)
        }
        pagination={false}
        scroll={{ x: 720 }}
        onRow={(product) => ({ onClick: () => onOpen(product), style: { cursor: 'pointer' } })}
        locale={{
          emptyText: query.isPending ? (
            ' '
          ) : (
            <Empty description={t(filtered ? 'products.list.noMatch' : 'products.list.empty')}>
              {!filtered && emptyAction}
            </Empty>
          ),
        }}
        data-testid="products-table"
      />
      {query.hasNextPage && (
        <Flex justify="center">
          <Button
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
            data-testid="products-load-more"
          >
            {t('common.actions.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
