import { useCallback } from 'react';
import { useTeams } from '../../teams/api/teams.api';
import { useUsers } from '../../users/api/users.api';

/** Names for user and team ids recorded on customers (owner, team, user-type custom fields). */
export const useUserNames = () => {
  const { data: users } = useUsers();
  const { data: teams } = useTeams();
  const userName = useCallback(
    (id: unknown): string | null =>
      typeof id === 'string' ? (users?.find((user) => user.id === id)?.name ?? null) : null,
    [users],
  );
  const teamName = useCallback(
    (id: unknown): string | null =>
      typeof id === 'string' ? (teams?.find((team) => team.id === id)?.name ?? null) : null,
    [teams],
  );
  return { userName, teamName, users };
};
