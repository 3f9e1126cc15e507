import { Col, Row, Statistic, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import { formatMoney } from '../../../ui/format-money';
import { useSignedInMe } from '../../auth/api/me.api';

/** Order count, revenue, last order and last contact, from the rollups other modules keep current. */
export const CustomerKeyNumbers = ({ rollups }: { rollups: Customer['rollups'] }) => {
  const { t, i18n } = useTranslation();
  const { org } = useSignedInMe();
  const none = t('common.none');
  const when = (at: string | null) => {
    if (!at) return none;
    const time = dayjs(at)
      .tz(org.timeZone)
      .locale(i18n.language === 'zh-CN' ? 'zh-cn' : 'en');
    return <Tooltip title={time.format('YYYY-MM-DD HH:mm')}>{time.fromNow()}</Tooltip>;
  };
  const numbers = [
    {
      key: 'orders',
      value: rollups.orderCount > 0 ? rollups.orderCount.toLocaleString(i18n.language) : none,
    },
    {
      key: 'revenue',
      value:
        rollups.revenueCents !== 0 ? formatMoney(rollups.revenueCents, org.currency, i18n.language) : none,
    },
    { key: 'lastOrder', value: when(rollups.lastOrderAt) },
    { key: 'lastContact', value: when(rollups.lastContactAt) },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {numbers.map(({ key, value }) => (
        <Col key={key} xs={12} md={6}>
          <Statistic
            title={t(`customer.numbers.${key}`)}
            valueRender={() => value}
            styles={{ content: { fontSize: 20 } }}
            data-testid={`customer-number-${key}`}
          />
        </Col>
      ))}
    </Row>
  );
};
