import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../users/api/users.api';

/** Picks an active user of the organisation, or none (null). */
export const UserSelect = (props: Omit<SelectProps<string | null>, 'options'>) => {
  const { t } = useTranslation();
  const { data: users, isPending } = useUsers();
  const options = (users ?? [])
    .filter((user) => user.status === 'active' || user.id === props.value)
    .map((user) => ({ value: user.id, label: user.name }));
  return (
    <Select<string | null>
      allowClear
      placeholder={t('customer.form.userPlaceholder')}
      loading={isPending}
      {...props}
      onChange={(value, option) => props.onChange?.(value ?? null, option)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
};
