import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../ui/use-document-title';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { SetupWizard } from '../modules/auth/components/SetupWizard';

export const SetupPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.setup.title'));
  return (
    <AuthLayout width={560}>
      <SetupWizard />
    </AuthLayout>
  );
};
