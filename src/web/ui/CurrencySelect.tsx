import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The currencies most Kehu customers trade in, Chinese-speaking markets first. */
export const currencyCodes = [
  'CNY',
  'HKD',
  'TWD',
  'MOP',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'SGD',
  'MYR',
  'THB',
  'VND',
  'IDR',
  'PHP',
  'INR',
  'AUD',
  'NZD',
  'CAD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'RUB',
  'AED',
  'SAR',
  'BRL',
  'MXN',
  'ZAR',
] as const;

/** A searchable select of currency codes with their names in the current language. */
export const CurrencySelect = (props: Omit<SelectProps<string>, 'options'>) => {
  const { i18n } = useTranslation();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    return currencyCodes.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
  }, [i18n.language]);
  return (
    <Select<string>
      {...props}
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          String(option?.label ?? '')
            .toLowerCase()
            .includes(input.trim().toLowerCase()),
      }}
    />
  );
};
