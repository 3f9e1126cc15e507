import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomerRecommendations } from '../api/recommendations.api';
import { RecommendationItem } from './RecommendationItem';

const shown = 6;

/**
 * "What to offer next": products the customer does not have yet, each with its reason. Where the
 * server offers no suggestions (404), the card stays out of the way.
 */
export const RecommendationsCard = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const { data, error, isPending } = useCustomerRecommendations(customerId);
  if (error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN') return null;
  const items = data ?? [];
  return (
    <Card size="small" title={t('orders.recommendations.title')} data-testid="recommendations">
      {isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : error ? (
        <Typography.Text type="secondary">{t('orders.recommendations.unavailable')}</Typography.Text>
      ) : items.length === 0 ? (
        <Typography.Text type="secondary" data-testid="recommendations-empty">
          {t('orders.recommendations.empty')}
        </Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {items.slice(0, shown).map((item) => (
            <RecommendationItem key={item.productId} item={item} />
          ))}
        </Flex>
      )}
    </Card>
  );
};
