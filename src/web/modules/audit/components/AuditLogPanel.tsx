import { Button, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contracts/audit';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useAuditLog, type AuditFilters } from '../api/audit.api';
import { useAuditLabels } from '../hooks/use-audit-labels';
import { AuditChanges } from './AuditChanges';
import { AuditFiltersBar } from './AuditFiltersBar';

const actorColors: Record<AuditEntry['actorType'], string> = {
  user: 'blue',
  api_key: 'purple',
  system: 'default',
};

/** Settings → Audit log: who changed what, filterable, a page at a time. */
export const AuditLogPanel = () => {
  const { t } = useTranslation();
  const timeZone = useOrgTimeZone();
  const labels = useAuditLabels();
  const [filters, setFilters] = useState<AuditFilters>({});
  const query = useAuditLog(useDebouncedValue(filters));
  const entries = query.data?.pages.flatMap((page) => page.data) ?? [];
  useDocumentTitle(t('system.audit.title'));

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('system.audit.columns.at'),
      dataIndex: 'at',
      width: 170,
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    {
      title: t('system.audit.columns.actor'),
      key: 'actor',
      render: (_, entry) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text>
            {entry.actorName ?? t(`system.audit.actorTypes.${entry.actorType}`)}
          </Typography.Text>
          {entry.actorType !== 'user' && (
            <Tag color={actorColors[entry.actorType]}>{t(`system.audit.actorTypes.${entry.actorType}`)}</Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('system.audit.columns.action'),
      dataIndex: 'action',
      render: (action: string) => <Tag color="geekblue">{labels.action(action)}</Tag>,
    },
    {
      title: t('system.audit.columns.entity'),
      key: 'entity',
      render: (_, entry) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{labels.entityType(entry.entityType)}</Typography.Text>
          {entry.entityId && (
            <Typography.Text type="secondary" copyable={{ text: entry.entityId }} style={{ fontSize: 12 }}>
              {entry.entityId.slice(0, 8)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card>
      <PageHeader
        title={t('system.audit.title')}
        description={t('system.audit.description', { timeZone })}
        level={4}
      />
      <AuditFiltersBar
        value={filters}
        onChange={setFilters}
        timeZone={timeZone}
        seenEntityTypes={entries.map((entry) => entry.entityType)}
        seenActions={entries.map((entry) => entry.action)}
      />
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
      ) : (
        <div data-testid="audit-table">
          <Table<AuditEntry>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={entries}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
            locale={{
              emptyText: <Empty description={t('system.audit.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />,
            }}
          />
          <Flex justify="center" style={{ marginTop: 16 }}>
            {query.hasNextPage ? (
              <Button
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
                data-testid="audit-load-more"
              >
                {t('common.actions.loadMore')}
              </Button>
            ) : (
              entries.length > 0 && (
                <Typography.Text type="secondary">{t('system.audit.end')}</Typography.Text>
              )
            )}
          </Flex>
        </div>
      )}
    </Card>
  );
};
