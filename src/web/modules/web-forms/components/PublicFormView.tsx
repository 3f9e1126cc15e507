import {
  Alert,
  Button,
  Card,
  Checkbox,
  ConfigProvider,
  Flex,
  Form,
  Input,
  Result,
  Skeleton,
  Typography,
} from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LanguageSchema } from '../../../../shared/contracts/common';
import type { AppError } from '../../../../shared/errors';
import { browserLanguage } from '../../../app/preferences/preference-storage';
import { buildTheme, layoutBackground } from '../../../app/theme';
import { usePublicForm, useSubmitPublicForm } from '../api/web-forms.api';
import { PublicFieldInput } from './PublicFieldInput';
import { newSubmissionKey } from './submission-key';

type Values = Record<string, unknown> & { consent?: boolean; website?: string };

/** A value as the API takes it: dates as YYYY-MM-DD, blanks left out. */
const apiValue = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object' && 'format' in (value as object))
    return (value as Dayjs).format('YYYY-MM-DD');
  return value;
};

/**
 * /f/:publicId — a lead form for anyone, outside the signed-in app and often inside an iframe on
 * the organisation's site. Its language is ?lang=, else the organisation's (the labels are
 * written in it), else the browser's while loading. Always light, to sit on any web page.
 */
export const PublicFormView = ({ publicId }: { publicId: string }) => {
  const [params] = useSearchParams();
  const { data: form, error, isPending } = usePublicForm(publicId);
  const language = LanguageSchema.safeParse(params.get('lang')).data ?? form?.language ?? browserLanguage();
  const { t } = useTranslation(undefined, { lng: language });
  const theme = useMemo(() => buildTheme('light'), []);
  const submit = useSubmitPublicForm(publicId);
  const [antForm] = Form.useForm<Values>();
  const key = useRef(newSubmissionKey());
  const [thankYou, setThankYou] = useState<string | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  const send = (values: Values) => {
    if (!form) return;
    setFailure(null);
    const fieldValues = Object.fromEntries(
      form.fields.map((f) => [f.field, apiValue(values[f.field])]).filter(([, v]) => v !== undefined),
    );
    submit.mutate(
      {
        values: fieldValues,
        consent: values.consent === true,
        website: values.website ?? '',
        idempotencyKey: key.current,
      },
      {
        onSuccess: (result) => setThankYou(result.thankYou),
        onError: (e: AppError) => {
          if (e.code === 'RATE_LIMITED') return setFailure(t('dedupe.publicForm.tooMany'));
          // Server messages are English; visitors get one line per field in the form's language.
          const issues = ((e.details as { issues?: { path: string; message: string }[] })?.issues ?? []).map(
            (i) => {
              const name = i.path.replace(/^body\.(values\.)?/, '');
              const input = form.fields.find((f) => f.field === name)?.input;
              const message =
                name === 'consent'
                  ? t('dedupe.publicForm.consentRequired')
                  : input === 'tel'
                    ? t('dedupe.publicForm.phone')
                    : input === 'email'
                      ? t('dedupe.publicForm.email')
                      : i.message.endsWith('is required')
                        ? t('dedupe.publicForm.required')
                        : t('dedupe.publicForm.invalid');
              return { name, errors: [message] };
            },
          );
          const known = issues.filter(
            (i) => i.name === 'consent' || form.fields.some((f) => f.field === i.name),
          );
          antForm.setFields(known);
          if (known.length === 0)
            setFailure(
              e.code === 'NOT_FOUND' ? t('dedupe.publicForm.unavailable') : t('dedupe.publicForm.failed'),
            );
        },
      },
    );
  };

  const again = () => {
    key.current = newSubmissionKey();
    antForm.resetFields();
    setThankYou(undefined);
  };

  let body;
  if (isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (error || !form)
    body = (
      <Result
        status="404"
        title={t('dedupe.publicForm.unavailableTitle')}
        subTitle={t('dedupe.publicForm.unavailable')}
        data-testid="public-form-unavailable"
      />
    );
  else if (thankYou !== undefined)
    body = (
      <Result
        status="success"
        title={t('dedupe.publicForm.thankYouTitle')}
        subTitle={
          <span style={{ whiteSpace: 'pre-wrap' }}>{thankYou ?? t('dedupe.publicForm.thankYouDefault')}</span>
        }
        extra={<Button onClick={again}>{t('dedupe.publicForm.sendAnother')}</Button>}
        data-testid="public-form-thanks"
      />
    );
  else
    body = (
      <>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {form.name}
        </Typography.Title>
        <Form
          form={antForm}
          layout="vertical"
          requiredMark
          onFinish={send}
          name="public-form"
          data-testid="public-form"
        >
          {form.fields.map((field) => (
            <Form.Item
              key={field.field}
              name={field.field}
              label={field.label}
              valuePropName={field.input === 'boolean' ? 'checked' : 'value'}
              rules={[
                { required: field.required, message: t('dedupe.publicForm.required') },
                ...(field.input === 'email'
                  ? [{ type: 'email' as const, message: t('dedupe.publicForm.email') }]
                  : []),
              ]}
            >
              <PublicFieldInput field={field} yes={t('dedupe.publicForm.yes')} />
            </Form.Item>
          ))}
          {/* The honeypot: off-screen and skipped by keyboards, so only bots fill it in. */}
          <div
            aria-hidden
            style={{
              position: 'absolute',
              left: -10_000,
              top: 'auto',
              width: 1,
              height: 1,
              overflow: 'hidden',
            }}
          >
            <Form.Item name="website" label="Website">
              <Input tabIndex={-1} autoComplete="off" data-testid="public-form-website" />
            </Form.Item>
          </div>
          {form.consentText && (
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[
                {
                  validator: async (_rule, checked: boolean) => {
                    if (!checked) throw new Error(t('dedupe.publicForm.consentRequired'));
                  },
                },
              ]}
            >
              <Checkbox data-testid="public-form-consent">
                <span style={{ whiteSpace: 'pre-wrap' }}>{form.consentText}</span>
              </Checkbox>
            </Form.Item>
          )}
          {failure && (
            <Alert
              type="error"
              showIcon
              title={failure}
              style={{ marginBottom: 16 }}
              data-testid="public-form-error"
            />
          )}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={submit.isPending}
            data-testid="public-form-submit"
          >
            {t('dedupe.publicForm.submit')}
          </Button>
        </Form>
      </>
    );

  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme}>
      <Flex
        vertical
        align="center"
        style={{ minHeight: '100vh', background: layoutBackground('light'), padding: '24px 12px' }}
        lang={language}
      >
        <Card style={{ width: '100%', maxWidth: 560 }}>{body}</Card>
        <Typography.Text type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('dedupe.publicForm.poweredBy')}
        </Typography.Text>
      </Flex>
    </ConfigProvider>
  );
};
