import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../modules/auth/components/AuthLayout';
import { SignInForm } from '../modules/auth/components/SignInForm';
import { useDocumentTitle } from '../ui/use-document-title';

export const SignInPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn.title'));
  return (
    <AuthLayout>
      <SignInForm />
    </AuthLayout>
  );
};
