import { Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAlsoBought } from '../api/also-bought.api';

/** "Customers who bought this also bought": products bought by the same customers, most shared first. */
export const AlsoBoughtList = ({ productId }: { productId: string }) => {
  const { t } = useTranslation();
  const { data, error, isPending } = useAlsoBought(productId);
  const items = error ? [] : (data ?? []);
  return (
    <div data-testid="also-bought">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('products.alsoBought.title')}
      </Typography.Title>
      {isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : error && error.code !== 'NOT_FOUND' ? (
        <Typography.Text type="secondary">{t('products.alsoBought.unavailable')}</Typography.Text>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('products.alsoBought.empty')} />
      ) : (
        <Flex vertical gap={8}>
          {items.map((item) => (
            <Flex key={item.productId} justify="space-between" gap={12} align="center">
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong ellipsis>
                  {item.name}
                </Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.sku}
                </Typography.Text>
              </div>
              {item.together !== null && (
                <Tag variant="filled" style={{ marginInlineEnd: 0, flexShrink: 0 }}>
                  {t('products.alsoBought.together', { count: item.together })}
                </Tag>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </div>
  );
};
