import { Alert, Form, Input, type FormInstance, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupSchema, type Setup } from '../../../../shared/contracts/auth';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { PasswordStrength } from '../../../ui/PasswordStrength';

export type SetupOwnerValues = Pick<Setup, 'name' | 'email' | 'password'>;

type SetupOwnerStepProps = {
  form: FormInstance<SetupOwnerValues>;
  hidden: boolean;
  firstFieldRef: Ref<InputRef>;
  onDone: (values: SetupOwnerValues) => void;
};

/** Step two of setup: the owner's name, email and password. */
export const SetupOwnerStep = ({ form, hidden, firstFieldRef, onDone }: SetupOwnerStepProps) => {
  const { t } = useTranslation();
  const zodRule = useZodRule();
  const password = Form.useWatch('password', form);
  return (
    <Form
      form={form}
      layout="vertical"
      name="setup-owner"
      onFinish={onDone}
      hidden={hidden}
      requiredMark={false}
    >
      <Alert type="info" showIcon title={t('auth.setup.ownerNote')} style={{ marginBottom: 20 }} />
      <Form.Item name="name" label={t('auth.setup.name')} rules={[zodRule(SetupSchema.shape.name)]}>
        <Input
          ref={firstFieldRef}
          autoComplete="name"
          placeholder={t('auth.setup.namePlaceholder')}
          data-testid="setup-owner-name"
        />
      </Form.Item>
      <Form.Item name="email" label={t('auth.setup.email')} rules={[zodRule(SetupSchema.shape.email)]}>
        <Input
          type="email"
          autoComplete="email"
          placeholder="name@company.com"
          data-testid="setup-owner-email"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.setup.password')}
        rules={[zodRule(SetupSchema.shape.password)]}
        extra={<PasswordStrength password={password} />}
      >
        <Input.Password autoComplete="new-password" data-testid="setup-owner-password" />
      </Form.Item>
      <button type="submit" hidden aria-hidden tabIndex={-1} />
    </Form>
  );
};
