import { App, Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contracts/users';
import { assignableRoles, roles, type Role } from '../../../../shared/permissions';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCan } from '../../auth/hooks/use-can';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useTeams } from '../../teams/api/teams.api';
import { TeamSelect } from '../../teams/components/TeamSelect';
import { useSetUserActive, useUpdateUser } from '../api/users.api';
import { RoleSelect } from './RoleSelect';
import { RoleTag } from './RoleTag';
import { UserIdentity } from './UserIdentity';

type UsersTableProps = { users: User[]; loading: boolean };

/**
 * Every column but the person's has a fixed width (room for the longest English label); the person
 * column takes the rest and cuts long names and emails. Together they fit a 1366 px window; only
 * narrower screens scroll sideways, with the actions column pinned.
 */
const widths = { role: 124, team: 144, status: 100, lastSignIn: 132, actions: 108 };
const minTableWidth = 760;

/** Everyone in the workspace; people with users.manage edit role and team in place. */
export const UsersTable = ({ users, loading }: UsersTableProps) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const onApiError = useApiError();
  const me = useSignedInMe();
  const can = useCan();
  const timeZone = useOrgTimeZone();
  const canManage = can('users.manage');
  const { data: teams } = useTeams(can('users.read'));
  const update = useUpdateUser();
  const setActive = useSetUserActive();
  const mine = assignableRoles(me.user.role);

  const onFailure = (error: Parameters<typeof onApiError>[0]) => {
    if (error.code !== 'CONFLICT') return onApiError(error);
    notification.warning({
      title: t('common.errors.codes.CONFLICT'),
      description: t('people.users.conflict'),
    });
  };
  const change = (user: User, patch: { role?: Role; teamId?: string | null }) =>
    update.mutate(
      { id: user.id, version: user.version, ...patch },
      {
        onSuccess: () => message.success(t('people.users.updated', { name: user.name })),
        onError: onFailure,
      },
    );
  const toggle = (user: User, active: boolean) =>
    setActive.mutate(
      { id: user.id, active },
      {
        onSuccess: () =>
          message.success(
            t(active ? 'people.users.reactivated' : 'people.users.deactivated', { name: user.name }),
          ),
        onError: onFailure,
      },
    );
  const editable = (user: User) => canManage && user.id !== me.user.id && mine.includes(user.role);

  const columns: TableColumnsType<User> = [
    {
      title: t('people.users.columns.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name),
      render: (_, user) => <UserIdentity user={user} isMe={user.id === me.user.id} />,
    },
    {
      title: t('people.users.columns.role'),
      dataIndex: 'role',
      width: widths.role,
      filters: roles.map((role) => ({ text: t(`common.roles.${role}.label`), value: role })),
      onFilter: (value, user) => user.role === value,
      render: (role: Role, user) =>
        editable(user) ? (
          <RoleSelect
            compact
            roles={mine}
            value={role}
            variant="filled"
            size="small"
            style={{ width: '100%' }}
            onChange={(next) => change(user, { role: next })}
            data-testid={`user-role-${user.id}`}
            aria-label={t('people.users.columns.role')}
          />
        ) : (
          <RoleTag role={role} />
        ),
    },
    {
      title: t('people.users.columns.team'),
      dataIndex: 'teamId',
      width: widths.team,
      render: (teamId: string | null, user) =>
        editable(user) ? (
          <TeamSelect
            value={teamId}
            variant="filled"
            size="small"
            style={{ width: '100%' }}
            placeholder={t('people.users.noTeam')}
            onChange={(next) => change(user, { teamId: next })}
            data-testid={`user-team-${user.id}`}
            aria-label={t('people.users.columns.team')}
          />
        ) : (
          (teams?.find((team) => team.id === teamId)?.name ?? (
            <Typography.Text type="secondary">{t('people.users.noTeam')}</Typography.Text>
          ))
        ),
    },
    {
      title: t('people.users.columns.status'),
      dataIndex: 'status',
      width: widths.status,
      filters: (['active', 'deactivated'] as const).map((status) => ({
        text: t(`people.users.status.${status}`),
        value: status,
      })),
      onFilter: (value, user) => user.status === value,
      render: (status: User['status']) => (
        <Tag color={status === 'active' ? 'success' : 'default'}>{t(`people.users.status.${status}`)}</Tag>
      ),
    },
    {
      title: t('people.users.columns.lastSignIn'),
      dataIndex: 'lastSignInAt',
      width: widths.lastSignIn,
      render: (at: string | null) => (
        <DateTimeText value={at} timeZone={timeZone} relative empty={t('common.never')} />
      ),
    },
  ];

  if (canManage) {
    columns.push({
      title: t('people.users.columns.actions'),
      key: 'actions',
      width: widths.actions,
      align: 'right',
      fixed: 'right',
      render: (_, user) => {
        if (!editable(user)) return null;
        const active = user.status === 'active';
        return (
          <Popconfirm
            title={t(active ? 'people.users.deactivateConfirm' : 'people.users.reactivateConfirm', {
              name: user.name,
            })}
            okButtonProps={{ danger: active, ...{ 'data-testid': 'confirm-ok' } }}
            onConfirm={() => toggle(user, !active)}
          >
            <Button
              size="small"
              type="link"
              danger={active}
              data-testid={`user-${active ? 'deactivate' : 'reactivate'}-${user.id}`}
            >
              {active ? t('people.users.deactivate') : t('people.users.reactivate')}
            </Button>
          </Popconfirm>
        );
      },
    });
  }

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={users.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      tableLayout="fixed"
      scroll={{ x: minTableWidth }}
      locale={{ emptyText: t('people.users.empty') }}
    />
  );
};
