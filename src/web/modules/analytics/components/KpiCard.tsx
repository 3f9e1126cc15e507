import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Flex, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Kpis } from '../api/dashboard.api';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';

type KpiCardData = Kpis['cards'][number];

/** Rising churn is bad news; every other figure is good news when it rises. */
const higherIsBetter = (key: KpiCardData['key']) => key !== 'churn_rate';

export const formatKpi = (key: KpiCardData['key'], value: number, format: AnalyticsFormat) => {
  switch (key) {
    case 'revenue':
    case 'average_clv':
      return format.wholeMoney(value);
    case 'repeat_rate':
    case 'churn_rate':
      return format.percent(value);
    default:
      return format.count(value);
  }
};

type KpiCardProps = {
  card: KpiCardData;
  days: number;
  format: AnalyticsFormat;
  onOpen: (filter: unknown) => void;
};

/** One KPI: the value for the period, the change against the period before, a click to its customers. */
export const KpiCard = ({ card, days, format, onOpen }: KpiCardProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { change } = card;
  const good = change !== null && change !== 0 && change > 0 === higherIsBetter(card.key);
  const changeColour =
    change === null || change === 0 ? token.colorTextSecondary : good ? token.colorSuccess : token.colorError;
  const clickable = card.filter !== null && card.value !== null;
  const previous = card.previous === null ? null : formatKpi(card.key, card.previous, format);
  const hint = [
    previous === null
      ? t('analytics.kpis.noPreviousHint', { count: days })
      : t('analytics.kpis.previousHint', { count: days, value: previous }),
    clickable ? t('analytics.kpis.open') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={hint}>
      <Card
        size="small"
        hoverable={clickable}
        onClick={clickable ? () => onOpen(card.filter) : undefined}
        style={{ height: '100%', cursor: clickable ? 'pointer' : 'default' }}
        styles={{ body: { padding: '12px 14px' } }}
        data-testid={`kpi-${card.key}`}
        data-value={card.value ?? undefined}
      >
        <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis={{ tooltip: true }}>
          {t(`analytics.kpis.${card.key}`)}
        </Typography.Text>
        <div
          style={{ fontSize: 24, fontWeight: 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.4 }}
          data-testid={`kpi-${card.key}-value`}
        >
          {card.value === null ? t('common.none') : formatKpi(card.key, card.value, format)}
        </div>
        <Flex gap={6} wrap style={{ fontSize: 12 }}>
          {change !== null && (
            <span style={{ color: changeColour, whiteSpace: 'nowrap' }}>
              {change > 0 ? <ArrowUpOutlined /> : change < 0 ? <ArrowDownOutlined /> : null}{' '}
              {format.percent(Math.abs(change))}
            </span>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {previous === null
              ? t('analytics.kpis.noPrevious')
              : t('analytics.kpis.previous', { value: previous })}
          </Typography.Text>
        </Flex>
      </Card>
    </Tooltip>
  );
};
