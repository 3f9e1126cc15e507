import { Select, type SelectProps } from 'antd';
import { useTeams } from '../../teams/api/teams.api';
import { useUsers } from '../../users/api/users.api';

type PeopleSelectProps = Omit<SelectProps<string | string[]>, 'options'> & {
  /** People (owners, user fields) or teams. */
  kind?: 'user' | 'team';
};

/** Picks one or more active people, or teams, by name. */
export const PeopleSelect = ({ kind = 'user', ...props }: PeopleSelectProps) => {
  const users = useUsers(kind === 'user');
  const teams = useTeams(kind === 'team');
  const options =
    kind === 'team'
      ? (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))
      : (users.data ?? [])
          .filter((user) => user.status === 'active' || props.value === user.id)
          .map((user) => ({ value: user.id, label: user.name }));
  return (
    <Select<string | string[]>
      loading={kind === 'team' ? teams.isPending : users.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      options={options}
    />
  );
};
