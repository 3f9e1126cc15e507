import { App, Avatar, Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
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

type UsersTableProps = { users: User[]; loading: boolean };

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
      render: (_, user) => (
        <Flex align="center" gap={10}>
          <Avatar size="small" style={{ background: '#6366f1', flex: 'none' }}>
            {user.name.charAt(0).toUpperCase()}
          </Avatar>
          <Typography.Text strong={user.id === me.user.id}>{user.name}</Typography.Text>
          {user.id === me.user.id && <Tag variant="filled">{t('people.users.you')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('people.users.columns.email'),
      dataIndex: 'email',
      render: (email: string) => <Typography.Text copyable={{ text: email }}>{email}</Typography.Text>,
    },
    {
      title: t('people.users.columns.role'),
      dataIndex: 'role',
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
            style={{ minWidth: 120 }}
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
      render: (teamId: string | null, user) =>
        editable(user) ? (
          <TeamSelect
            value={teamId}
            variant="filled"
            size="small"
            style={{ minWidth: 140 }}
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
      render: (at: string | null) => (
        <DateTimeText value={at} timeZone={timeZone} relative empty={t('common.never')} />
      ),
    },
  ];

  if (canManage) {
    columns.push({
      title: t('people.users.columns.actions'),
      key: 'actions',
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
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={users.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('people.users.empty') }}
    />
  );
};
