import { BarChartOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '../../../../shared/contracts/customers';
import { formatMoney } from '../../../ui/format-money';
import { useScoreLabels } from '../../analytics/hooks/use-score-labels';
import { useSignedInMe } from '../../auth/api/me.api';

/** The customer's analytics scores from the last refresh: segment, RFM code, P(alive), predicted CLV, stage. */
export const CustomerScoresCard = ({ scores }: { scores: Customer['scores'] }) => {
  const { t, i18n } = useTranslation();
  const { org } = useSignedInMe();
  const labels = useScoreLabels();
  const none = t('common.none');
  const day = (at: string) =>
    dayjs(at)
      .tz(org.timeZone)
      .locale(i18n.language === 'zh-CN' ? 'zh-cn' : 'en')
      .format('YYYY-MM-DD');
  const title = (
    <span>
      <BarChartOutlined style={{ marginInlineEnd: 8 }} />
      {t('analytics.scores.title')}
    </span>
  );
  if (!scores)
    return (
      <Card size="small" title={title} data-testid="customer-scores">
        <Typography.Text type="secondary">{t('analytics.scores.notScored')}</Typography.Text>
      </Card>
    );
  const numbers = [
    {
      key: 'segment',
      value: scores.rfm?.segment ? <Tag color="blue">{labels.segment(scores.rfm.segment)}</Tag> : none,
    },
    { key: 'rfmCode', value: scores.rfm?.code || none },
    {
      key: 'pAlive',
      value:
        scores.pAlive === null ? (
          <Tooltip title={t('analytics.scores.noModel')}>{none}</Tooltip>
        ) : (
          scores.pAlive.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 1 })
        ),
    },
    {
      key: 'predictedClv',
      value:
        scores.predictedClvCents === null
          ? none
          : formatMoney(scores.predictedClvCents, org.currency, i18n.language),
    },
    {
      key: 'stage',
      value: (
        <Tooltip title={t('analytics.scores.since', { date: day(scores.lifecycleStageSince) })}>
          <Tag>{labels.stage(scores.lifecycleStage)}</Tag>
        </Tooltip>
      ),
    },
  ] as const;
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Link to="/analytics">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('analytics.scores.scoredAt', { date: day(scores.scoredAt) })}
          </Typography.Text>
        </Link>
      }
      data-testid="customer-scores"
    >
      <Row gutter={[16, 12]}>
        {numbers.map(({ key, value }) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Statistic
              title={t(`analytics.scores.${key}`)}
              valueRender={() => value}
              styles={{ content: { fontSize: 18 } }}
              data-testid={`customer-score-${key}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
};
