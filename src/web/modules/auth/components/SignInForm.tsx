import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInSchema, type SignIn } from '../../../../shared/contracts/auth';
import type { AppError } from '../../../../shared/errors';
import { applyServerIssues } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { useSignIn } from '../api/me.api';

/** Email and password. Server messages (wrong password, locked out until …) show above the button. */
export const SignInForm = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignIn>();
  const zodRule = useZodRule();
  const signIn = useSignIn();
  const [failure, setFailure] = useState<AppError | null>(null);

  const submit = (values: SignIn) => {
    setFailure(null);
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onError: (error) => {
          if (applyServerIssues(error, form).length === 0) setFailure(error);
        },
      },
    );
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('auth.signIn.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
        {t('auth.signIn.subtitle')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} size="large" name="sign-in">
        <Form.Item name="email" label={t('auth.signIn.email')} rules={[zodRule(SignInSchema.shape.email)]}>
          <Input
            type="email"
            autoComplete="username"
            autoFocus
            prefix={<MailOutlined />}
            placeholder={t('auth.signIn.emailPlaceholder')}
            data-testid="sign-in-email"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.signIn.password')}
          rules={[zodRule(SignInSchema.shape.password)]}
        >
          <Input.Password
            autoComplete="current-password"
            prefix={<LockOutlined />}
            placeholder={t('auth.signIn.passwordPlaceholder')}
            data-testid="sign-in-password"
          />
        </Form.Item>
        {failure && (
          <Alert
            type={failure.code === 'RATE_LIMITED' ? 'warning' : 'error'}
            showIcon
            title={failure.message}
            style={{ marginBottom: 16 }}
            data-testid="sign-in-error"
            role="alert"
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={signIn.isPending}
          data-testid="sign-in-submit"
        >
          {t('auth.signIn.submit')}
        </Button>
      </Form>
      <Typography.Paragraph
        type="secondary"
        style={{ marginTop: 20, marginBottom: 0, fontSize: 13, textAlign: 'center' }}
      >
        {t('auth.signIn.noAccount')}
      </Typography.Paragraph>
    </>
  );
};
