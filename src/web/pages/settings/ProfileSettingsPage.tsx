import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordForm } from '../../modules/profile/components/PasswordForm';
import { ProfileForm } from '../../modules/profile/components/ProfileForm';
import { useDocumentTitle } from '../../ui/use-document-title';

export const ProfileSettingsPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.profile.title'));
  return (
    <Flex vertical gap={24}>
      <ProfileForm />
      <PasswordForm />
    </Flex>
  );
};
