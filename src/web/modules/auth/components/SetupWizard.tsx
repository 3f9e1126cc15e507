import { App, Button, Flex, Form, Steps, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyServerIssues, useApiError } from '../../../app/forms/use-api-error';
import { usePreferences } from '../../../app/preferences/preferences-context';
import { browserTimeZone } from '../../../ui/TimeZoneSelect';
import { useSetup } from '../api/setup.api';
import { SetupOrgStep, type SetupOrgValues } from './SetupOrgStep';
import { SetupOwnerStep, type SetupOwnerValues } from './SetupOwnerStep';

/** A sensible currency for a time zone, so most people never touch the field. */
const currencyFor = (timeZone: string): string => {
  const byZone: Record<string, string> = {
    'Asia/Hong_Kong': 'HKD',
    'Asia/Macau': 'MOP',
    'Asia/Taipei': 'TWD',
    'Asia/Tokyo': 'JPY',
    'Asia/Seoul': 'KRW',
    'Asia/Singapore': 'SGD',
    'Europe/London': 'GBP',
    'Europe/Zurich': 'CHF',
    'Australia/Sydney': 'AUD',
  };
  if (byZone[timeZone]) return byZone[timeZone];
  if (['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Urumqi', 'Asia/Harbin'].includes(timeZone)) return 'CNY';
  if (timeZone.startsWith('Europe/')) return 'EUR';
  if (timeZone.startsWith('America/')) return 'USD';
  return 'CNY';
};

/** First-run onboarding: organisation, then owner account, then straight into the app. */
export const SetupWizard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { language } = usePreferences();
  const onApiError = useApiError();
  const setup = useSetup();
  const [step, setStep] = useState(0);
  const [orgForm] = Form.useForm<SetupOrgValues>();
  const [ownerForm] = Form.useForm<SetupOwnerValues>();
  const ownerNameRef = useRef<InputRef>(null);

  // Read once: later language switches must not reset what was typed.
  const [initialOrg] = useState<SetupOrgValues>(() => {
    const timeZone = browserTimeZone();
    return { orgName: '', timeZone, currency: currencyFor(timeZone), language };
  });

  useEffect(() => {
    if (step === 1) ownerNameRef.current?.focus();
  }, [step]);

  const finish = (owner: SetupOwnerValues) => {
    const org = orgForm.getFieldsValue(true) as SetupOrgValues;
    setup.mutate(
      { ...org, orgName: org.orgName.trim(), ...owner, email: owner.email.trim() },
      {
        onSuccess: () => {
          message.success(t('auth.setup.success'));
          navigate('/', { replace: true });
        },
        onError: (error) => {
          const orgFields = applyServerIssues(error, orgForm);
          const ownerFields = applyServerIssues(error, ownerForm);
          if (orgFields.length > 0) setStep(0);
          if (orgFields.length + ownerFields.length === 0) onApiError(error);
        },
      },
    );
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('auth.setup.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.setup.subtitle')}</Typography.Paragraph>
      <Steps
        current={step}
        size="small"
        style={{ margin: '20px 0 28px' }}
        items={[
          { title: t('auth.setup.steps.org.title'), content: t('auth.setup.steps.org.description') },
          { title: t('auth.setup.steps.owner.title'), content: t('auth.setup.steps.owner.description') },
        ]}
      />
      <SetupOrgStep form={orgForm} initialValues={initialOrg} hidden={step !== 0} onDone={() => setStep(1)} />
      <SetupOwnerStep form={ownerForm} hidden={step !== 1} firstFieldRef={ownerNameRef} onDone={finish} />
      <Flex justify="space-between" style={{ marginTop: 8 }}>
        {step === 1 ? (
          <Button onClick={() => setStep(0)} data-testid="setup-back" disabled={setup.isPending}>
            {t('auth.setup.back')}
          </Button>
        ) : (
          <span />
        )}
        {step === 0 ? (
          <Button type="primary" onClick={() => orgForm.submit()} data-testid="setup-next">
            {t('auth.setup.next')}
          </Button>
        ) : (
          <Button
            type="primary"
            onClick={() => ownerForm.submit()}
            loading={setup.isPending}
            data-testid="setup-submit"
          >
            {t('auth.setup.submit')}
          </Button>
        )}
      </Flex>
    </>
  );
};
