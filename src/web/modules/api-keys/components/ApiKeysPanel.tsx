import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '../../../../shared/contracts/api-keys';
import type { Role } from '../../../../shared/permissions';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { RoleTag } from '../../users/components/RoleTag';
import { useApiKeys, useRevokeApiKey } from '../api/api-keys.api';
import { ApiKeyUsage } from './ApiKeyUsage';
import { CreateApiKeyModal } from './CreateApiKeyModal';

/** Settings → API keys: the keys, how to use one, create and revoke. */
export const ApiKeysPanel = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const timeZone = useOrgTimeZone();
  const { data: keys, isPending, error, refetch } = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('system.apiKeys.title'));

  const columns: TableColumnsType<ApiKey> = [
    {
      title: t('system.apiKeys.columns.name'),
      dataIndex: 'name',
      render: (name: string) => (
        <Flex gap={8} align="center">
          <KeyOutlined style={{ opacity: 0.6 }} />
          <Typography.Text strong>{name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('system.apiKeys.columns.prefix'),
      dataIndex: 'prefix',
      render: (prefix: string) => <Typography.Text code>{`${prefix}…`}</Typography.Text>,
    },
    {
      title: t('system.apiKeys.columns.role'),
      dataIndex: 'role',
      render: (role: Role) => <RoleTag role={role} />,
    },
    {
      title: t('system.apiKeys.columns.created'),
      dataIndex: 'createdAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    {
      title: t('system.apiKeys.columns.lastUsed'),
      dataIndex: 'lastUsedAt',
      render: (at: string | null) => (
        <DateTimeText value={at} timeZone={timeZone} relative empty={t('common.never')} />
      ),
    },
    {
      title: t('system.apiKeys.columns.status'),
      dataIndex: 'revokedAt',
      render: (revokedAt: string | null) =>
        revokedAt ? (
          <Tag>{t('system.apiKeys.status.revoked')}</Tag>
        ) : (
          <Tag color="success">{t('system.apiKeys.status.active')}</Tag>
        ),
    },
    {
      title: t('system.apiKeys.columns.actions'),
      key: 'actions',
      align: 'right',
      fixed: 'right',
      render: (_, key) =>
        !key.revokedAt && (
          <Popconfirm
            title={t('system.apiKeys.revokeConfirm', { name: key.name })}
            okButtonProps={{ danger: true, ...{ 'data-testid': 'confirm-ok' } }}
            onConfirm={() =>
              revoke.mutate(key.id, {
                onSuccess: () => message.success(t('system.apiKeys.revoked')),
                onError: (failure) => onApiError(failure),
              })
            }
          >
            <Button size="small" type="link" danger data-testid={`api-key-revoke-${key.id}`}>
              {t('common.actions.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={24}>
      <Card>
        <PageHeader
          title={t('system.apiKeys.title')}
          description={t('system.apiKeys.description')}
          level={4}
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="api-key-create"
            >
              {t('system.apiKeys.create')}
            </Button>
          }
        />
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <Table<ApiKey>
            rowKey="id"
            columns={columns}
            dataSource={keys}
            loading={isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowClassName={(key) => (key.revokedAt ? 'kehu-muted-row' : '')}
            locale={{
              emptyText: (
                <Empty description={t('system.apiKeys.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
                  <Typography.Paragraph type="secondary">
                    {t('system.apiKeys.emptyHint')}
                  </Typography.Paragraph>
                </Empty>
              ),
            }}
          />
        )}
      </Card>
      <Card
        title={t('system.apiKeys.usageTitle')}
        extra={
          <a href="/api/docs" target="_blank" rel="noreferrer">
            {t('system.apiKeys.docs')}
          </a>
        }
      >
        <ApiKeyUsage />
      </Card>
      <CreateApiKeyModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
};
