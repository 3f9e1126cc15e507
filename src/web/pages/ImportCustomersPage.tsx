import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { ImportWizard } from '../modules/import-wizard/components/ImportWizard';
import { PageHeader } from '../ui/PageHeader';
import { useDocumentTitle } from '../ui/use-document-title';

/** /customers/import — load customers from a CSV or Excel file. */
export const ImportCustomersPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('importWizard.title'));
  return (
    <RequirePermission permission="customers.import">
      <PageHeader
        title={t('importWizard.title')}
        description={t('importWizard.description')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/customers')}>
            {t('importWizard.backToCustomers')}
          </Button>
        }
      />
      <ImportWizard />
    </RequirePermission>
  );
};
