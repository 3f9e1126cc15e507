import { Badge, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/contracts/products';
import { useOrgMoney } from '../hooks/use-org-money';

/** A product as people without products.manage see it. */
export const ProductDetails = ({ product }: { product: Product }) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="product-details"
      items={[
        { key: 'sku', label: t('products.fields.sku'), children: product.sku },
        { key: 'name', label: t('products.fields.name'), children: product.name },
        {
          key: 'category',
          label: t('products.fields.category'),
          children: product.categoryPath.join(' / ') || t('common.none'),
        },
        {
          key: 'price',
          label: t('products.fields.listPrice'),
          children: money.format(product.listPriceCents),
        },
        {
          key: 'active',
          label: t('products.fields.active'),
          children: (
            <Badge
              status={product.active ? 'success' : 'default'}
              text={t(product.active ? 'products.status.active' : 'products.status.inactive')}
            />
          ),
        },
      ]}
    />
  );
};
