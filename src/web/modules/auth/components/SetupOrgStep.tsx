import { Col, Form, Input, Row, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { SetupSchema, type Setup } from '../../../../shared/contracts/auth';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { CurrencySelect } from '../../../ui/CurrencySelect';
import { LanguageSelect } from '../../../ui/LanguageSelect';
import { TimeZoneSelect } from '../../../ui/TimeZoneSelect';

export type SetupOrgValues = Pick<Setup, 'orgName' | 'timeZone' | 'currency' | 'language'>;

type SetupOrgStepProps = {
  form: FormInstance<SetupOrgValues>;
  initialValues: SetupOrgValues;
  hidden: boolean;
  onDone: () => void;
};

/** Step one of setup: the organisation's name, time zone, currency and default language. */
export const SetupOrgStep = ({ form, initialValues, hidden, onDone }: SetupOrgStepProps) => {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  return (
    <Form
      form={form}
      layout="vertical"
      name="setup-org"
      initialValues={initialValues}
      onFinish={onDone}
      hidden={hidden}
      requiredMark={false}
    >
      <Form.Item name="orgName" label={t('auth.setup.orgName')} rules={[zodRule(SetupSchema.shape.orgName)]}>
        <Input autoFocus placeholder={t('auth.setup.orgNamePlaceholder')} data-testid="setup-org-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item
            name="timeZone"
            label={t('auth.setup.timeZone')}
            extra={t('auth.setup.timeZoneHelp')}
            rules={[zodRule(SetupSchema.shape.timeZone, t('common.validation.timeZone'))]}
          >
            <TimeZoneSelect data-testid="setup-time-zone" aria-label={t('auth.setup.timeZone')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item
            name="currency"
            label={t('auth.setup.currency')}
            extra={t('auth.setup.currencyHelp')}
            rules={[zodRule(SetupSchema.shape.currency, t('common.validation.currency'))]}
          >
            <CurrencySelect data-testid="setup-currency" aria-label={t('auth.setup.currency')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="language"
        label={t('auth.setup.language')}
        extra={t('auth.setup.languageHelp')}
        rules={[zodRule(SetupSchema.shape.language)]}
      >
        <LanguageSelect data-testid="setup-language" aria-label={t('auth.setup.language')} />
      </Form.Item>
      {/* A hidden submit button lets Enter in the name field advance the step. */}
      <button type="submit" hidden aria-hidden tabIndex={-1} />
    </Form>
  );
};
