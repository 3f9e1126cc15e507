import { Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/contracts/products';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { useProductSearch } from '../api/products.api';
import { useOrgMoney } from '../hooks/use-org-money';

type ProductPickerProps = {
  value?: string | null;
  /** Called with the chosen product too, so its list price can fill the line. */
  onChange?: (value: string | null, product: Product | null) => void;
  status?: 'error' | 'warning' | '';
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
};

/** Finds an active product by name or SKU as you type. */
export const ProductPicker = ({ value, onChange, ...rest }: ProductPickerProps) => {
  const { t } = useTranslation();
  const money = useOrgMoney();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 200);
  const { data: products, isFetching } = useProductSearch(q);
  const [chosen, setChosen] = useState<Product | null>(null);
  const list = [
    ...(chosen && !products?.some((p) => p.id === chosen.id) ? [chosen] : []),
    ...(products ?? []),
  ];

  return (
    <Select<string | null>
      {...rest}
      value={value ?? null}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('orders.form.productPlaceholder')}
      notFoundContent={isFetching ? <Spin size="small" /> : t('orders.form.noProducts')}
      options={list.map((product) => ({ value: product.id, label: product.name, product }))}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {option.data.product.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.product.sku}
            </Typography.Text>
          </span>
          <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
            {money.format(option.data.product.listPriceCents)}
          </Typography.Text>
        </Flex>
      )}
      onChange={(id) => {
        const product = list.find((p) => p.id === id) ?? null;
        setChosen(product);
        setSearch('');
        onChange?.(id ?? null, product);
      }}
      popupMatchSelectWidth={360}
      style={{ width: '100%' }}
    />
  );
};
