import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Product } from '../../../../shared/contracts/products';
import { PageHeader } from '../../../ui/PageHeader';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { useCan } from '../../auth/hooks/use-can';
import { CategoryTree } from './CategoryTree';
import { ProductFileButtons } from './ProductFileButtons';
import { ProductDrawer } from './ProductDrawer';
import { ProductTable } from './ProductTable';

/**
 * The products page: category tree on the left, the catalogue on the right, a drawer per product.
 * The chosen category lives in the URL (?category=…) so a filtered list can be shared.
 */
export const ProductsPanel = () => {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('products.manage');
  const [params, setParams] = useSearchParams();
  const categoryId = params.get('category') ?? undefined;
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const [open, setOpen] = useState<{ product: Product | null } | null>(null);

  const selectCategory = (id: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('category', id);
        else next.delete('category');
        return next;
      },
      { replace: true },
    );

  const newButton = manage && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setOpen({ product: null })}
      data-testid="product-new"
    >
      {t('products.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={t('products.subtitle')}
        level={2}
        extra={
          <Space>
            <ProductFileButtons manage={manage} />
            {newButton}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} xl={6}>
          <CategoryTree selected={categoryId} onSelect={selectCategory} manage={manage} />
        </Col>
        <Col xs={24} md={16} xl={18}>
          <Card>
            <Input
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              prefix={<SearchOutlined />}
              allowClear
              placeholder={t('products.list.search')}
              aria-label={t('products.list.search')}
              style={{ maxWidth: 360, marginBottom: 16 }}
              data-testid="products-search"
            />
            <ProductTable
              filters={{ q, categoryId }}
              onOpen={(product) => setOpen({ product })}
              emptyAction={newButton}
            />
          </Card>
        </Col>
      </Row>
      {open && (
        <ProductDrawer
          product={open.product}
          manage={manage}
          defaultCategoryId={categoryId}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
};
