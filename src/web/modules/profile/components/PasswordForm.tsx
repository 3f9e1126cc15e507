import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordChangeSchema } from '../../../../shared/contracts/auth';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { PageHeader } from '../../../ui/PageHeader';
import { PasswordStrength } from '../../../ui/PasswordStrength';
import { useChangePassword } from '../api/profile.api';

type PasswordValues = { currentPassword: string; newPassword: string; confirm: string };

/** Change password: current one, a new one with a strength hint, and the new one repeated. */
export const PasswordForm = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const change = useChangePassword();
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch('newPassword', form);

  const submit = ({ currentPassword, newPassword: next }: PasswordValues) =>
    change.mutate(
      { currentPassword, newPassword: next },
      {
        onSuccess: () => {
          message.success(t('settings.password.changed'));
          form.resetFields();
        },
        onError: (error) => onApiError(error, form),
      },
    );

  return (
    <Card>
      <PageHeader
        title={t('settings.password.title')}
        description={t('settings.password.description')}
        level={4}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        style={{ maxWidth: 520 }}
        name="password"
      >
        <Form.Item
          name="currentPassword"
          label={t('settings.password.current')}
          rules={[zodRule(PasswordChangeSchema.shape.currentPassword)]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('settings.password.new')}
          rules={[zodRule(PasswordChangeSchema.shape.newPassword)]}
          extra={<PasswordStrength password={newPassword} />}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('settings.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value !== getFieldValue('newPassword'))
                  throw new Error(t('common.validation.passwordsDiffer'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
          {t('settings.password.submit')}
        </Button>
      </Form>
    </Card>
  );
};
