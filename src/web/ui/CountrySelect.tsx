import { Select, type SelectProps } from 'antd';
import { getCountries } from 'libphonenumber-js/min';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Chinese-speaking markets first, then every country libphonenumber knows, by name. */
const first = ['CN', 'HK', 'TW', 'MO', 'SG', 'MY'];

/** A searchable select of countries and regions (ISO 3166 codes) named in the current language. */
export const CountrySelect = (props: Omit<SelectProps<string>, 'options'>) => {
  const { i18n } = useTranslation();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    const label = (code: string) => `${names.of(code) ?? code} · ${code}`;
    const rest = getCountries()
      .filter((c) => !first.includes(c))
      .map((code) => ({ value: code as string, label: label(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
    return [...first.map((code) => ({ value: code, label: label(code) })), ...rest];
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
