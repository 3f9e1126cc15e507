import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { useModel } from '../api/dashboard.api';
import { useAnalyticsFormat } from '../hooks/use-analytics-format';
import { fitReasonText } from '../state/fit-note-text';
import { ModelFit } from './ModelFit';

const statusColour = { running: 'processing', succeeded: 'success', failed: 'error' } as const;

/** The latest refresh's fitted models (BG/NBD, Gamma-Gamma), counts, warnings — or why a model is missing. */
export const ModelCard = () => {
  const { t } = useTranslation();
  const { data, error, refetch } = useModel();
  const format = useAnalyticsFormat();
  const run = data?.run;
  const body = error ? (
    <ErrorState error={error} onRetry={() => void refetch()} compact />
  ) : !data ? (
    <Skeleton active paragraph={{ rows: 8 }} />
  ) : !run ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analytics.model.none')} />
  ) : (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('analytics.model.run')}>
          {format.day(run.asOf)}{' '}
          <Tag color={statusColour[run.status]} style={{ marginInlineStart: 8 }}>
            {t(`analytics.model.status.${run.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('analytics.model.counts')}>
          {run.customers === null ? '—' : format.count(run.customers)}
        </Descriptions.Item>
        <Descriptions.Item label={t('analytics.model.buyers')}>
          {run.buyers === null ? '—' : format.count(run.buyers)}
        </Descriptions.Item>
        <Descriptions.Item label={t('analytics.model.repeatCustomers')}>
          {run.repeatCustomers === null ? '—' : format.count(run.repeatCustomers)}
        </Descriptions.Item>
      </Descriptions>
      {run.status === 'failed' && (
        <Alert type="error" showIcon title={t('analytics.model.failed')} description={run.error} />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <ModelFit title={t('analytics.model.bgnbd')} fit={run.bgnbd} format={format} testId="model-bgnbd" />
        </Col>
        <Col xs={24} lg={12}>
          <ModelFit
            title={t('analytics.model.gammaGamma')}
            fit={run.gammaGamma}
            independence={run.gammaGamma?.independence ?? null}
            format={format}
            testId="model-gamma-gamma"
          />
        </Col>
      </Row>
      {run.warnings.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          title={t('analytics.model.warnings')}
          description={run.warnings.map((w) => (
            <div key={w.message}>{fitReasonText(t, w.note, w.message)}</div>
          ))}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t('analytics.model.timeUnit')}
      </Typography.Paragraph>
    </>
  );
  return (
    <Card title={t('analytics.tabs.model')} data-testid="model-card">
      {body}
    </Card>
  );
};
