import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { OrderImportWizard } from '../modules/order-import/components/OrderImportWizard';
import { PageHeader } from '../ui/PageHeader';
import { useDocumentTitle } from '../ui/use-document-title';

/** /orders/import — load orders from a CSV or Excel file, one row per order line. */
export const ImportOrdersPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('orderImport.title'));
  return (
    <RequirePermission permission="orders.write">
      <PageHeader
        title={t('orderImport.title')}
        description={t('orderImport.description')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/orders')}>
            {t('orderImport.backToOrders')}
          </Button>
        }
      />
      <OrderImportWizard />
    </RequirePermission>
  );
};
