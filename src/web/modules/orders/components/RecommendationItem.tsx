import { BulbOutlined, FireOutlined } from '@ant-design/icons';
import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../../shared/contracts/products';

/** One suggested product and why: what they bought that led here, or that it sells best. */
export const RecommendationItem = ({ item }: { item: Recommendation }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      style={{
        flex: '1 1 200px',
        maxWidth: 320,
        minWidth: 0,
        padding: '8px 12px',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
      }}
      data-testid="recommendation"
    >
      <Typography.Text strong ellipsis style={{ display: 'block' }}>
        {item.name}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
        {item.reason === 'bought' && item.becauseName ? (
          <>
            <BulbOutlined /> {t('orders.recommendations.because', { name: item.becauseName })}
          </>
        ) : (
          <>
            <FireOutlined /> {t('orders.recommendations.popular')}
          </>
        )}
      </Typography.Text>
    </div>
  );
};
