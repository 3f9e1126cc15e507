import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiKeyCreateSchema } from '../../../../shared/contracts/api-keys';
import { assignableRoles, type Role } from '../../../../shared/permissions';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { CopyField } from '../../../ui/CopyField';
import { useSignedInMe } from '../../auth/api/me.api';
import { RoleSelect } from '../../users/components/RoleSelect';
import { useCreateApiKey } from '../api/api-keys.api';
import { ApiKeyUsage } from './ApiKeyUsage';

type KeyValues = { name: string; role: Role };

/** New key: name and role, then the secret, shown once with a copy button and a warning. */
export const CreateApiKeyModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const me = useSignedInMe();
  const create = useCreateApiKey();
  const [form] = Form.useForm<KeyValues>();
  const [secret, setSecret] = useState<string | null>(null);
  const roles = assignableRoles(me.user.role);

  const close = () => {
    setSecret(null);
    onClose();
  };
  const submit = (values: KeyValues) =>
    create.mutate(
      { name: values.name.trim(), role: values.role },
      { onSuccess: (created) => setSecret(created.secret), onError: (error) => onApiError(error, form) },
    );

  return (
    <Modal
      open={open}
      onCancel={close}
      title={secret ? t('system.apiKeys.secretTitle') : t('system.apiKeys.createTitle')}
      destroyOnHidden
      mask={{ closable: !secret }}
      width={560}
      footer={
        secret ? (
          <Button type="primary" onClick={close} data-testid="api-key-done">
            {t('common.actions.done')}
          </Button>
        ) : (
          [
            <Button key="cancel" onClick={close}>
              {t('common.actions.cancel')}
            </Button>,
            <Button
              key="create"
              type="primary"
              loading={create.isPending}
              onClick={() => form.submit()}
              data-testid="api-key-submit"
            >
              {t('common.actions.create')}
            </Button>,
          ]
        )
      }
    >
      {secret ? (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('system.apiKeys.secretWarning')}
            style={{ marginBottom: 16 }}
          />
          <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
            {t('system.apiKeys.secretLabel')}
          </Typography.Text>
          <CopyField value={secret} testId="api-key-secret" ariaLabel={t('system.apiKeys.secretLabel')} />
          <div style={{ marginTop: 20 }}>
            <ApiKeyUsage secret={secret} />
          </div>
        </>
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: roles.includes('readonly') ? 'readonly' : roles[0] }}
          onFinish={submit}
          name="api-key"
        >
          <Form.Item
            name="name"
            label={t('system.apiKeys.name')}
            rules={[zodRule(ApiKeyCreateSchema.shape.name)]}
          >
            <Input autoFocus placeholder={t('system.apiKeys.namePlaceholder')} data-testid="api-key-name" />
          </Form.Item>
          <Form.Item name="role" label={t('system.apiKeys.role')} extra={t('system.apiKeys.roleHelp')}>
            <RoleSelect roles={roles} data-testid="api-key-role" aria-label={t('system.apiKeys.role')} />
          </Form.Item>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      )}
    </Modal>
  );
};
