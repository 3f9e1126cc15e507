import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionOptions, type RegionOption } from './region-options';

type RegionCascaderProps = {
  value?: string[];
  onChange?: (value: string[]) => void;
  'data-testid'?: string;
};

/** Province / city / district of China, searchable (type 南山 to find 广东省 / 深圳市 / 南山区). */
export const RegionCascader = ({ value, onChange, ...rest }: RegionCascaderProps) => {
  const { t } = useTranslation();
  const options = useMemo(regionOptions, []);
  return (
    <Cascader<RegionOption>
      {...rest}
      value={value && value.length > 0 ? value : undefined}
      onChange={(next) => onChange?.((next as string[] | undefined) ?? [])}
      options={options}
      changeOnSelect
      placeholder={t('customer.form.regionPlaceholder')}
      showSearch={{
        filter: (input, path) => path.some((option) => option.label.includes(input.trim())),
        limit: 50,
      }}
      style={{ width: '100%' }}
      aria-label={t('customer.form.region')}
    />
  );
};
