import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useCan } from '../../auth/hooks/use-can';
import { useUsers } from '../api/users.api';
import { InvitationsTable } from './InvitationsTable';
import { InviteUserModal } from './InviteUserModal';
import { UsersTable } from './UsersTable';

/** Settings → Users: the people, a search, the invite button and pending invitations. */
export const UsersPanel = () => {
  const { t } = useTranslation();
  const can = useCan();
  const { data: users, isPending, error, refetch } = useUsers();
  const [search, setSearch] = useState('');
  const [inviting, setInviting] = useState(false);
  const canManage = can('users.manage');
  useDocumentTitle(t('people.users.title'));

  const needle = search.trim().toLowerCase();
  const shown = (users ?? []).filter(
    (user) =>
      !needle || user.name.toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle),
  );

  return (
    <Flex vertical gap={24}>
      <Card>
        <PageHeader
          title={t('people.users.title')}
          description={t('people.users.description')}
          level={4}
          extra={
            <>
              <Input
                allowClear
                prefix={<SearchOutlined />}
                placeholder={t('people.users.search')}
                aria-label={t('people.users.search')}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                style={{ width: 240 }}
                data-testid="users-search"
              />
              {canManage && (
                <Button
                  type="primary"
                  icon={<UserAddOutlined />}
                  onClick={() => setInviting(true)}
                  data-testid="invite-button"
                >
                  {t('people.invitations.invite')}
                </Button>
              )}
            </>
          }
        />
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <div data-testid="users-table">
            <UsersTable users={shown} loading={isPending} />
          </div>
        )}
      </Card>
      {canManage && (
        <Card>
          <PageHeader
            title={t('people.invitations.title')}
            description={t('people.invitations.description')}
            level={4}
          />
          <div data-testid="invitations-table">
            <InvitationsTable />
          </div>
        </Card>
      )}
      {canManage && <InviteUserModal open={inviting} onClose={() => setInviting(false)} />}
    </Flex>
  );
};
