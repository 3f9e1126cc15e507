import { ExperimentOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/hooks/use-can';
import { RefreshScoresButton } from './RefreshScoresButton';

/** Before the first refresh: what the dashboard needs, and the ways to get there. */
export const AnalyticsEmpty = () => {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Card data-testid="analytics-empty">
      <Result
        icon={<ExperimentOutlined />}
        title={t('analytics.empty.title')}
        subTitle={
          <span style={{ display: 'inline-block', maxWidth: 560 }}>{t('analytics.empty.description')}</span>
        }
        extra={
          <Flex vertical align="center" gap={12}>
            <Flex gap={8} wrap justify="center">
              {can('org.manage') && (
                <Link to="/" data-testid="analytics-empty-demo">
                  <Button icon={<ExperimentOutlined />}>{t('analytics.empty.demo')}</Button>
                </Link>
              )}
              {can('orders.write') && (
                <Link to="/orders/import" data-testid="analytics-empty-import">
                  <Button icon={<UploadOutlined />}>{t('analytics.empty.importOrders')}</Button>
                </Link>
              )}
              <RefreshScoresButton type="primary" />
            </Flex>
            {!can('segments.manage') && (
              <Typography.Text type="secondary">{t('analytics.empty.askSomeone')}</Typography.Text>
            )}
          </Flex>
        }
      />
    </Card>
  );
};
