import { Alert, App, Button, Card, Col, Flex, Form, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultAnalyticsSettings, type AnalyticsSettings } from '../../../../shared/contracts/analytics';
import { useApiError } from '../../../app/forms/use-api-error';
import { ErrorState } from '../../../ui/ErrorState';
import {
  useAnalyticsSettings,
  useSaveAnalyticsSettings,
  type AnalyticsSettingsView,
} from '../api/analytics-settings.api';
import { RfmRulesEditor } from './RfmRulesEditor';
import { SettingsNumberField } from './SettingsNumberField';
import { SettingsRulesSections } from './SettingsRulesSections';
import { useSettingsIssues } from './use-settings-issues';

/**
 * The analytics settings (org.manage): RFM segment rules and tiers, CLV horizon, discount and
 * margin, churn and lifecycle thresholds, holdout days. Checked as typed with the contract's
 * bounds and rules; what the server still refuses is shown at the field. Saved with the version
 * read, so a save over someone else's change gets CONFLICT and reloads theirs.
 */
export const AnalyticsSettingsForm = () => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const onApiError = useApiError();
  const query = useAnalyticsSettings();
  const save = useSaveAnalyticsSettings();
  const [form] = Form.useForm<AnalyticsSettings>();
  const placeIssues = useSettingsIssues(form);
  const [base, setBase] = useState<AnalyticsSettingsView | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  useEffect(() => {
    if (!base && query.data) setBase(query.data);
  }, [base, query.data]);
  useEffect(() => {
    if (base) form.setFieldsValue(base.settings as AnalyticsSettings);
  }, [base, form]);

  if (query.error && !base) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!base)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );

  const submit = (values: AnalyticsSettings) => {
    setUnplaced([]);
    save.mutate(
      { ...values, version: base.version },
      {
        onSuccess: (view) => {
          setBase(view);
          void message.success(t('analytics.settings.saved'));
        },
        onError: (error) => {
          if (error.code === 'CONFLICT') {
            notification.warning({
              title: t('common.errors.codes.CONFLICT'),
              description: t('analytics.settings.conflict'),
            });
            void query.refetch().then((r) => r.data && setBase(r.data));
          } else if (error.code === 'INVALID_INPUT') setUnplaced(placeIssues(error));
          else onApiError(error);
        },
      },
    );
  };

  return (
    <Card data-testid="analytics-settings">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('analytics.settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('analytics.settings.description')}</Typography.Paragraph>
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('analytics.settings.errors.server')}
          description={unplaced.map((m) => (
            <div key={m}>{m}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="analytics-settings-problems"
        />
      )}
      <Form<AnalyticsSettings> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Typography.Title level={5}>{t('analytics.settings.sections.rfm')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('analytics.settings.sections.rfmHint')}
        </Typography.Paragraph>
        <RfmRulesEditor />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('analytics.settings.sections.tiers')}
        </Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <SettingsNumberField
              name={['rfm', 'tiers', 'highMin']}
              label={t('analytics.settings.fields.highMin')}
              min={3}
              max={15}
              whole
              testId="settings-high-min"
            />
          </Col>
          <Col xs={24} md={8}>
            <SettingsNumberField
              name={['rfm', 'tiers', 'mediumMin']}
              label={t('analytics.settings.fields.mediumMin')}
              min={3}
              max={15}
              whole
              dependencies={[['rfm', 'tiers', 'highMin']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value: number | null) => {
                    const high = getFieldValue(['rfm', 'tiers', 'highMin']) as number | null;
                    if (value !== null && high !== null && value >= high)
                      throw new Error(t('analytics.settings.errors.tierOrder', { value: high }));
                  },
                }),
              ]}
              testId="settings-medium-min"
            />
          </Col>
        </Row>
        <SettingsRulesSections />
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            data-testid="analytics-settings-save"
          >
            {t('analytics.settings.save')}
          </Button>
          <Button
            onClick={() => form.setFieldsValue(defaultAnalyticsSettings)}
            data-testid="analytics-settings-defaults"
          >
            {t('analytics.settings.defaults')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
};
