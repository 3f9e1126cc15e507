import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../shared/contracts/teams';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useDeleteTeam, useTeams } from '../api/teams.api';
import { TeamFormModal } from './TeamFormModal';

/** Settings → Teams: list, create, rename, delete. */
export const TeamsPanel = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const timeZone = useOrgTimeZone();
  const { data: teams, isPending, error, refetch } = useTeams();
  const remove = useDeleteTeam();
  const [editing, setEditing] = useState<{ team: Team | null } | null>(null);
  useDocumentTitle(t('people.teams.title'));

  const columns: TableColumnsType<Team> = [
    {
      title: t('people.teams.columns.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name),
      render: (name: string) => (
        <Flex gap={8} align="center">
          <TeamOutlined style={{ opacity: 0.6 }} />
          <Typography.Text strong>{name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('people.teams.columns.members'),
      dataIndex: 'memberCount',
      width: 120,
      sorter: (a, b) => a.memberCount - b.memberCount,
    },
    {
      title: t('people.teams.columns.created'),
      dataIndex: 'createdAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    {
      title: t('people.teams.columns.actions'),
      key: 'actions',
      align: 'right',
      fixed: 'right',
      render: (_, team) => (
        <Flex gap={4} justify="flex-end">
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing({ team })}
            data-testid={`team-rename-${team.id}`}
          >
            {t('common.actions.rename')}
          </Button>
          <Popconfirm
            title={t('people.teams.deleteConfirm', { name: team.name })}
            okButtonProps={{ danger: true, ...{ 'data-testid': 'confirm-ok' } }}
            onConfirm={() =>
              remove.mutate(team.id, {
                onSuccess: () => message.success(t('people.teams.deleted')),
                onError: (failure) => onApiError(failure),
              })
            }
          >
            <Button
              size="small"
              type="link"
              danger
              icon={<DeleteOutlined />}
              data-testid={`team-delete-${team.id}`}
            >
              {t('common.actions.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  const create = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setEditing({ team: null })}
      data-testid="team-create"
    >
      {t('people.teams.create')}
    </Button>
  );

  return (
    <Card>
      <PageHeader
        title={t('people.teams.title')}
        description={t('people.teams.description')}
        level={4}
        extra={create}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <Table<Team>
          rowKey="id"
          columns={columns}
          dataSource={teams}
          loading={isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty description={t('people.teams.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
                <Typography.Paragraph type="secondary">{t('people.teams.emptyHint')}</Typography.Paragraph>
              </Empty>
            ),
          }}
        />
      )}
      <TeamFormModal open={!!editing} team={editing?.team} onClose={() => setEditing(null)} />
    </Card>
  );
};
