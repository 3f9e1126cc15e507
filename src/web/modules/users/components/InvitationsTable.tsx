import { App, Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../../shared/contracts/users';
import type { Role } from '../../../../shared/permissions';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useTeams } from '../../teams/api/teams.api';
import { useInvitations, useRevokeInvitation } from '../api/invitations.api';
import { RoleTag } from './RoleTag';

type Status = 'pending' | 'expired' | 'accepted';

const statusOf = (invitation: Invitation): Status =>
  invitation.acceptedAt ? 'accepted' : dayjs(invitation.expiresAt).isBefore(dayjs()) ? 'expired' : 'pending';

const statusColor: Record<Status, string> = {
  pending: 'processing',
  expired: 'default',
  accepted: 'success',
};

/** Invitations not yet accepted, newest first, each revocable. */
export const InvitationsTable = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const timeZone = useOrgTimeZone();
  const { data, isPending } = useInvitations();
  const { data: teams } = useTeams();
  const revoke = useRevokeInvitation();
  const open = (data ?? [])
    .filter((invitation) => !invitation.acceptedAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const columns: TableColumnsType<Invitation> = [
    { title: t('people.invitations.columns.email'), dataIndex: 'email' },
    {
      title: t('people.invitations.columns.role'),
      dataIndex: 'role',
      render: (role: Role) => <RoleTag role={role} />,
    },
    {
      title: t('people.invitations.columns.team'),
      dataIndex: 'teamId',
      render: (teamId: string | null) => teams?.find((team) => team.id === teamId)?.name ?? t('common.none'),
    },
    {
      title: t('people.invitations.columns.status'),
      key: 'status',
      render: (_, invitation) => {
        const status = statusOf(invitation);
        return <Tag color={statusColor[status]}>{t(`people.invitations.status.${status}`)}</Tag>;
      },
    },
    {
      title: t('people.invitations.columns.created'),
      dataIndex: 'createdAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} relative />,
    },
    {
      title: t('people.invitations.columns.expires'),
      dataIndex: 'expiresAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} relative />,
    },
    {
      key: 'actions',
      align: 'right',
      fixed: 'right',
      render: (_, invitation) => (
        <Popconfirm
          title={t('people.invitations.revokeConfirm', { email: invitation.email })}
          okButtonProps={{ danger: true, ...{ 'data-testid': 'confirm-ok' } }}
          onConfirm={() =>
            revoke.mutate(invitation.id, {
              onSuccess: () => message.success(t('people.invitations.revoked')),
              onError: (error) => onApiError(error),
            })
          }
        >
          <Button size="small" type="link" danger data-testid={`invitation-revoke-${invitation.id}`}>
            {t('common.actions.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Table<Invitation>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={open}
      loading={isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('people.invitations.empty') }}
    />
  );
};
