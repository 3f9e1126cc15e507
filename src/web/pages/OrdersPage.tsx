import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { OrdersPanel } from '../modules/orders/components/OrdersPanel';
import { useDocumentTitle } from '../ui/use-document-title';

export const OrdersPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('orders.title'));
  return (
    <RequirePermission permission="orders.read">
      <OrdersPanel />
    </RequirePermission>
  );
};
