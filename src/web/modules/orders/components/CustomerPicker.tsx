import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { useCustomerSearch } from '../../customer/api/customer-search.api';

type CustomerPickerProps = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of a customer chosen before the picker opened (e.g. from their 360 page). */
  initialName?: string;
  id?: string;
  status?: 'error' | 'warning' | '';
  autoFocus?: boolean;
};

/** Finds a customer by name, pinyin, initials, phone or email — the same search as Ctrl K. */
export const CustomerPicker = ({ value, onChange, initialName, ...rest }: CustomerPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 200);
  const { data: hits, isFetching } = useCustomerSearch(q, 20);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(
    value && initialName ? { id: value, name: initialName } : null,
  );
  const found = (hits ?? []).map((hit) => ({
    value: hit.id,
    label: hit.name,
    kind: hit.kind,
    detail: [hit.companyName, hit.city, hit.primaryPhone].filter(Boolean).join(' · '),
  }));
  const options = [
    ...(chosen && !found.some((o) => o.value === chosen.id)
      ? [{ value: chosen.id, label: chosen.name, kind: 'person' as const, detail: '' }]
      : []),
    ...found,
  ];

  return (
    <Select<string | null>
      {...rest}
      value={value ?? null}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('orders.form.customerPlaceholder')}
      notFoundContent={
        isFetching ? (
          <Spin size="small" />
        ) : q.trim() ? (
          t('orders.form.noCustomers')
        ) : (
          t('orders.form.typeToSearch')
        )
      }
      options={options}
      optionRender={(option) => (
        <Flex gap={8} align="center" style={{ minWidth: 0 }}>
          {option.data.kind === 'company' ? (
            <BankOutlined style={{ opacity: 0.6 }} />
          ) : (
            <UserOutlined style={{ opacity: 0.6 }} />
          )}
          <span>{option.data.label}</span>
          {option.data.detail && (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {option.data.detail}
            </Typography.Text>
          )}
        </Flex>
      )}
      onChange={(id) => {
        const option = options.find((o) => o.value === id);
        setChosen(option ? { id: option.value, name: option.label } : null);
        setSearch('');
        onChange?.(id ?? null);
      }}
      style={{ width: '100%' }}
      data-testid="order-customer"
      aria-label={t('orders.fields.customer')}
    />
  );
};
