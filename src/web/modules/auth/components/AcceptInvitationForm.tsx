import { App, Button, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { InvitationAcceptSchema } from '../../../../shared/contracts/users';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { ErrorState } from '../../../ui/ErrorState';
import { PasswordStrength } from '../../../ui/PasswordStrength';
import { useAcceptInvitation, useInvitationPreview } from '../api/invitation-accept.api';

type AcceptValues = { name: string; password: string };

/** Accepting an invitation: shows who it is for, asks for a name and password, signs the person in. */
export const AcceptInvitationForm = ({ token }: { token: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const [form] = Form.useForm<AcceptValues>();
  const password = Form.useWatch('password', form);
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);

  if (preview.isPending) return <Skeleton active paragraph={{ rows: 5 }} />;
  if (preview.error) {
    if (preview.error.code === 'NOT_FOUND' || preview.error.code === 'INVALID_INPUT') {
      return (
        <Result
          status="warning"
          title={t('auth.invite.invalidTitle')}
          subTitle={t('auth.invite.invalidSubtitle')}
          data-testid="invite-invalid"
          extra={
            <Button type="primary" onClick={() => navigate('/sign-in')}>
              {t('common.actions.signIn')}
            </Button>
          }
        />
      );
    }
    return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} compact />;
  }

  const { orgName, email, role } = preview.data;
  const submit = (values: AcceptValues) =>
    accept.mutate(
      { name: values.name.trim(), password: values.password },
      {
        onSuccess: () => {
          message.success(t('auth.invite.welcome', { orgName }));
          navigate('/', { replace: true });
        },
        onError: (error) => onApiError(error, form),
      },
    );

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('auth.invite.title', { orgName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
        {t('auth.invite.subtitle', { role: t(`common.roles.${role}.label`) })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} name="accept-invitation">
        <Form.Item label={t('auth.invite.email')}>
          <Input value={email} disabled data-testid="invite-accept-email" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('auth.invite.name')}
          rules={[zodRule(InvitationAcceptSchema.shape.name)]}
        >
          <Input autoFocus autoComplete="name" data-testid="invite-accept-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.invite.password')}
          rules={[zodRule(InvitationAcceptSchema.shape.password)]}
          extra={<PasswordStrength password={password} />}
        >
          <Input.Password autoComplete="new-password" data-testid="invite-accept-password" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={accept.isPending}
          data-testid="invite-accept-submit"
        >
          {t('auth.invite.submit')}
        </Button>
      </Form>
    </>
  );
};
