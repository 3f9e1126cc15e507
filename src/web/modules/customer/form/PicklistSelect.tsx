import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Picklist } from '../../../../shared/contracts/customers';
import { usePicklistLabels } from '../hooks/use-picklist-labels';

type PicklistSelectProps = Omit<SelectProps<string | null>, 'options'> & { list: Picklist };

/** One of the organisation's pick lists (category, value tier, lifecycle stage, source). */
export const PicklistSelect = ({ list, ...props }: PicklistSelectProps) => {
  const { t } = useTranslation();
  const { options, isPending } = usePicklistLabels();
  return (
    <Select<string | null>
      allowClear
      placeholder={t('customer.form.choose')}
      loading={isPending}
      {...props}
      onChange={(value, option) => props.onChange?.(value ?? null, option)}
      options={options(list, props.value).map((option) => ({
        value: option.value,
        label: option.archived ? `${option.label} (${t('customer.form.archived')})` : option.label,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
};
