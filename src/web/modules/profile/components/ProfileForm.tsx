import { App, Button, Card, Divider, Form, Input, Segmented, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MeUpdateSchema } from '../../../../shared/contracts/auth';
import type { Theme } from '../../../../shared/contracts/common';
import { useApiError } from '../../../app/forms/use-api-error';
import { useZodRule } from '../../../app/forms/use-zod-rule';
import { usePreferences } from '../../../app/preferences/preferences-context';
import { LanguageSelect } from '../../../ui/LanguageSelect';
import { PageHeader } from '../../../ui/PageHeader';
import { useSignedInMe } from '../../auth/api/me.api';
import { useUpdateMe } from '../api/profile.api';

const themes: Theme[] = ['light', 'dark', 'system'];

/** Name (saved with the button) and language and theme (applied and saved at once). */
export const ProfileForm = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const zodRule = useZodRule();
  const onApiError = useApiError();
  const me = useSignedInMe();
  const { language, theme, setLanguage, setTheme } = usePreferences();
  const update = useUpdateMe();
  const [form] = Form.useForm<{ name: string }>();

  const save = ({ name }: { name: string }) =>
    update.mutate(
      { name: name.trim() },
      {
        onSuccess: () => message.success(t('common.feedback.saved')),
        onError: (error) => onApiError(error, form),
      },
    );

  return (
    <Card>
      <PageHeader
        title={t('settings.profile.title')}
        description={t('settings.profile.description')}
        level={4}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: me.user.name }}
        onFinish={save}
        requiredMark={false}
        style={{ maxWidth: 520 }}
        name="profile"
      >
        <Form.Item
          name="name"
          label={t('settings.profile.name')}
          rules={[zodRule(MeUpdateSchema.shape.name.unwrap())]}
        >
          <Input autoFocus autoComplete="name" data-testid="profile-name" />
        </Form.Item>
        <Form.Item label={t('settings.profile.email')} extra={t('settings.profile.emailHelp')}>
          <Input value={me.user.email} disabled />
        </Form.Item>
        <Form.Item label={t('settings.profile.role')}>
          <Tag color="purple">{t(`common.roles.${me.user.role}.label`)}</Tag>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
          {t('common.actions.saveChanges')}
        </Button>
      </Form>
      <Divider />
      <Form layout="vertical" style={{ maxWidth: 520 }} component="div">
        <Form.Item label={t('settings.profile.language')}>
          <LanguageSelect
            value={language}
            onChange={setLanguage}
            style={{ maxWidth: 240 }}
            data-testid="profile-language"
            aria-label={t('settings.profile.language')}
          />
        </Form.Item>
        <Form.Item label={t('settings.profile.theme')} style={{ marginBottom: 0 }}>
          <Segmented<Theme>
            value={theme}
            onChange={setTheme}
            options={themes.map((value) => ({ value, label: t(`common.themes.${value}`) }))}
            data-testid="profile-theme"
          />
        </Form.Item>
      </Form>
    </Card>
  );
};
