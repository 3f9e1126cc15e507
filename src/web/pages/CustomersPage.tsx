import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { CustomerTablePanel } from '../modules/customer-table/components/CustomerTablePanel';
import { useDocumentTitle } from '../ui/use-document-title';
import { useTranslation } from 'react-i18next';

export const CustomersPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('customerTable.title'));
  return (
    <RequirePermission permission="customers.read">
      <CustomerTablePanel />
    </RequirePermission>
  );
};
