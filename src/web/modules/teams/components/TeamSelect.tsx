import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../api/teams.api';

/** Picks a team, or none (null). */
export const TeamSelect = (props: Omit<SelectProps<string | null>, 'options'>) => {
  const { t } = useTranslation();
  const { data: teams, isPending } = useTeams();
  return (
    <Select<string | null>
      allowClear
      placeholder={t('people.invitations.teamPlaceholder')}
      loading={isPending}
      {...props}
      onChange={(value, option) => props.onChange?.(value ?? null, option)}
      options={(teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
};
