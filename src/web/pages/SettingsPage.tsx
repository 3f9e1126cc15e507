import { useTranslation } from 'react-i18next';
import { SettingsLayout } from '../modules/settings/components/SettingsLayout';
import { PageHeader } from '../ui/PageHeader';

export const SettingsPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.subtitle')} level={2} />
      <SettingsLayout />
    </>
  );
};
