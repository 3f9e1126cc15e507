import { Divider, Drawer, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/contracts/products';
import { AlsoBoughtList } from './AlsoBoughtList';
import { ProductDetails } from './ProductDetails';
import { ProductForm } from './ProductForm';

type ProductDrawerProps = {
  /** null to create a product. */
  product: Product | null;
  /** Shows the edit form rather than the read-only details. */
  manage: boolean;
  defaultCategoryId?: string;
  onClose: () => void;
};

/** A product beside the catalogue: its form (or details) and what its buyers also bought. */
export const ProductDrawer = ({ product, manage, defaultCategoryId, onClose }: ProductDrawerProps) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      title={product ? product.name : t('products.form.createTitle')}
      data-testid="product-drawer"
    >
      {manage ? (
        <ProductForm
          key={product?.id ?? 'new'}
          product={product}
          defaultCategoryId={defaultCategoryId}
          onSaved={onClose}
          onCancel={onClose}
        />
      ) : (
        product && <ProductDetails product={product} />
      )}
      {product && (
        <>
          <Divider />
          <AlsoBoughtList productId={product.id} />
        </>
      )}
    </Drawer>
  );
};
