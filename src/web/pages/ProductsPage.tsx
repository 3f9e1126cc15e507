import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { ProductsPanel } from '../modules/products/components/ProductsPanel';
import { useDocumentTitle } from '../ui/use-document-title';

export const ProductsPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('products.title'));
  return (
    <RequirePermission permission="orders.read">
      <ProductsPanel />
    </RequirePermission>
  );
};
