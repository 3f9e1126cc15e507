import { BankOutlined } from '@ant-design/icons';
import { Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { useCustomerSearch } from '../api/customer-search.api';

type CompanyPickerProps = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of the company already chosen, shown before any search. */
  initialName?: string | null;
};

/** Finds a company customer by name, pinyin or initials (the same search as Ctrl K). */
export const CompanyPicker = ({ value, onChange, initialName }: CompanyPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 200);
  const { data: hits, isFetching } = useCustomerSearch(q, 20);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(
    value && initialName ? { id: value, name: initialName } : null,
  );
  const companies = (hits ?? []).filter((hit) => hit.kind === 'company');
  const options = [
    ...(chosen && !companies.some((c) => c.id === chosen.id)
      ? [{ value: chosen.id, label: chosen.name }]
      : []),
    ...companies.map((company) => ({
      value: company.id,
      label: company.name,
      city: company.city,
    })),
  ];

  return (
    <Select<string | null>
      value={value ?? null}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('customer.form.companyPlaceholder')}
      notFoundContent={
        isFetching ? (
          <Spin size="small" />
        ) : q.trim() ? (
          t('customer.form.noCompanies')
        ) : (
          t('customer.form.typeToSearch')
        )
      }
      options={options}
      optionRender={(option) => (
        <Flex gap={8} align="center">
          <BankOutlined style={{ opacity: 0.6 }} />
          <span>{option.label}</span>
          {'city' in option.data && option.data.city && (
            <Typography.Text type="secondary">{String(option.data.city)}</Typography.Text>
          )}
        </Flex>
      )}
      onChange={(id) => {
        const option = options.find((o) => o.value === id);
        setChosen(option ? { id: option.value, name: String(option.label) } : null);
        setSearch('');
        onChange?.(id ?? null);
      }}
      data-testid="customer-company-select"
      aria-label={t('customer.fields.companyId')}
    />
  );
};
