import { App, Button, Card, Col, Flex, Form, Input, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgUpdateSchema, type Org } from '../../../../shared/contracts/orgs';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { CountrySelect } from '../../../ui/CountrySelect';
import { CurrencySelect } from '../../../ui/CurrencySelect';
import { ErrorState } from '../../../ui/ErrorState';
import { LanguageSelect } from '../../../ui/LanguageSelect';
import { PageHeader } from '../../../ui/PageHeader';
import { TimeZoneSelect } from '../../../ui/TimeZoneSelect';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useOrg, useUpdateOrg } from '../api/org.api';

type OrgValues = Pick<Org, 'name' | 'timeZone' | 'currency' | 'country' | 'language'>;

const pick = ({ name, timeZone, currency, country, language }: Org): OrgValues => ({
  name,
  timeZone,
  currency,
  country,
  language,
});

/**
 * Organisation settings. The form keeps the version it was loaded at, so a save over someone else's
 * change gets CONFLICT; we then say so and load their values.
 */
export const OrgSettingsForm = () => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const query = useOrg();
  const update = useUpdateOrg();
  const [form] = Form.useForm<OrgValues>();
  const [base, setBase] = useState<Org | null>(null);
  useDocumentTitle(t('settings.org.title'));

  useEffect(() => {
    if (!base && query.data) setBase(query.data);
  }, [base, query.data]);

  // The form store outlives re-renders, so fresh values must be pushed into it explicitly.
  useEffect(() => {
    if (base) form.setFieldsValue(pick(base));
  }, [base, form]);

  const reload = async () => setBase((await query.refetch()).data ?? null);

  if (query.error && !base) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!base) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }

  const save = (values: OrgValues) =>
    update.mutate(
      { ...values, name: values.name.trim(), version: base.version },
      {
        onSuccess: (org) => {
          message.success(t('common.feedback.saved'));
          if (org && typeof org === 'object' && 'version' in org) setBase(org);
          else void reload();
        },
        onError: (error) => {
          if (error.code !== 'CONFLICT') return onApiError(error, form);
          notification.warning({
            title: t('common.errors.codes.CONFLICT'),
            description: t('settings.org.conflict'),
          });
          void reload();
        },
      },
    );

  return (
    <Card>
      <PageHeader title={t('settings.org.title')} description={t('settings.org.description')} level={4} />
      <Form
        form={form}
        layout="vertical"
        initialValues={pick(base)}
        onFinish={save}
        requiredMark={false}
        style={{ maxWidth: 640 }}
        name="org-settings"
      >
        <Form.Item
          name="name"
          label={t('settings.org.name')}
          rules={[zodRule(OrgUpdateSchema.shape.name.unwrap())]}
        >
          <Input autoFocus data-testid="org-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item
              name="timeZone"
              label={t('settings.org.timeZone')}
              extra={t('settings.org.timeZoneHelp')}
              rules={[zodRule(OrgUpdateSchema.shape.timeZone.unwrap(), t('common.validation.timeZone'))]}
            >
              <TimeZoneSelect data-testid="org-time-zone" aria-label={t('settings.org.timeZone')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item
              name="currency"
              label={t('settings.org.currency')}
              extra={t('settings.org.currencyHelp')}
              rules={[zodRule(OrgUpdateSchema.shape.currency.unwrap(), t('common.validation.currency'))]}
            >
              <CurrencySelect data-testid="org-currency" aria-label={t('settings.org.currency')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="country"
          label={t('settings.org.country')}
          extra={t('settings.org.countryHelp')}
          rules={[zodRule(OrgUpdateSchema.shape.country.unwrap(), t('common.validation.country'))]}
        >
          <CountrySelect
            data-testid="org-country"
            aria-label={t('settings.org.country')}
            style={{ maxWidth: 320 }}
          />
        </Form.Item>
        <Form.Item name="language" label={t('settings.org.language')} extra={t('settings.org.languageHelp')}>
          <LanguageSelect
            data-testid="org-language"
            aria-label={t('settings.org.language')}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Text type="secondary">
            {t('settings.org.createdAt', { date: dayjs(base.createdAt).tz(base.timeZone).format('LL') })}
          </Typography.Text>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="org-save">
            {t('common.actions.saveChanges')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
};
