import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SettingsNumberField } from './SettingsNumberField';

/** Lifetime value, churn, lifecycle and fit-quality settings, with the rules between them. */
export const SettingsRulesSections = () => {
  const { t } = useTranslation();
  const days = t('analytics.settings.units.days');
  const section = (key: 'clv' | 'churn' | 'lifecycle' | 'fitQuality') => (
    <Typography.Title level={5} style={{ marginTop: 8 }}>
      {t(`analytics.settings.sections.${key}`)}
    </Typography.Title>
  );
  return (
    <>
      {section('clv')}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SettingsNumberField
            name={['clv', 'horizonMonths']}
            label={t('analytics.settings.fields.horizonMonths')}
            min={1}
            max={120}
            whole
            suffix={t('analytics.settings.units.months')}
            testId="settings-horizon-months"
          />
        </Col>
        <Col xs={24} md={8}>
          <SettingsNumberField
            name={['clv', 'annualDiscountRate']}
            label={t('analytics.settings.fields.annualDiscountRate')}
            min={0}
            max={1}
            step={0.01}
            testId="settings-discount-rate"
          />
        </Col>
        <Col xs={24} md={8}>
          <SettingsNumberField
            name={['clv', 'margin']}
            label={t('analytics.settings.fields.margin')}
            min={0.01}
            max={1}
            step={0.05}
            testId="settings-margin"
          />
        </Col>
      </Row>
      {section('churn')}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SettingsNumberField
            name={['churn', 'inactiveDays']}
            label={t('analytics.settings.fields.inactiveDays')}
            min={1}
            max={3650}
            whole
            suffix={days}
            testId="settings-inactive-days"
          />
        </Col>
        <Col xs={24} md={8}>
          <SettingsNumberField
            name={['churn', 'pAliveBelow']}
            label={t('analytics.settings.fields.pAliveBelow')}
            min={0}
            max={1}
            step={0.05}
            dependencies={[['lifecycle', 'atRiskPAliveBelow']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null) => {
                  const atRisk = getFieldValue(['lifecycle', 'atRiskPAliveBelow']) as number | null;
                  if (value !== null && atRisk !== null && value > atRisk)
                    throw new Error(t('analytics.settings.errors.pAliveOrder', { value: atRisk }));
                },
              }),
            ]}
            testId="settings-churn-p-alive"
          />
        </Col>
      </Row>
      {section('lifecycle')}
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <SettingsNumberField
            name={['lifecycle', 'newDays']}
            label={t('analytics.settings.fields.newDays')}
            min={1}
            max={3650}
            whole
            suffix={days}
            testId="settings-new-days"
          />
        </Col>
        <Col xs={24} md={6}>
          <SettingsNumberField
            name={['lifecycle', 'atRiskDays']}
            label={t('analytics.settings.fields.atRiskDays')}
            min={1}
            max={3650}
            whole
            suffix={days}
            dependencies={[['churn', 'inactiveDays']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null) => {
                  const churn = getFieldValue(['churn', 'inactiveDays']) as number | null;
                  if (value !== null && churn !== null && value >= churn)
                    throw new Error(t('analytics.settings.errors.atRiskBeforeChurn', { days: churn }));
                },
              }),
            ]}
            testId="settings-at-risk-days"
          />
        </Col>
        <Col xs={24} md={6}>
          <SettingsNumberField
            name={['lifecycle', 'wonBackDays']}
            label={t('analytics.settings.fields.wonBackDays')}
            min={1}
            max={3650}
            whole
            suffix={days}
            testId="settings-won-back-days"
          />
        </Col>
        <Col xs={24} md={6}>
          <SettingsNumberField
            name={['lifecycle', 'atRiskPAliveBelow']}
            label={t('analytics.settings.fields.atRiskPAliveBelow')}
            min={0}
            max={1}
            step={0.05}
            testId="settings-at-risk-p-alive"
          />
        </Col>
      </Row>
      {section('fitQuality')}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SettingsNumberField
            name={['fitQuality', 'holdoutDays']}
            label={t('analytics.settings.fields.holdoutDays')}
            min={7}
            max={1825}
            whole
            suffix={days}
            testId="settings-holdout-days"
          />
        </Col>
      </Row>
    </>
  );
};
