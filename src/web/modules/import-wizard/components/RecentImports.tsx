import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Import } from '../../../../shared/contracts/imports';
import { usePreferences } from '../../../app/preferences/preferences-context';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { problemsCsvUrl, useRecentImports } from '../api/imports.api';
import { ImportStatusTag } from './ImportStatusTag';

/** The last imports of this person (all imports for roles that see every customer). */
export const RecentImports = () => {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const timeZone = useOrgTimeZone();
  const { data, error, isPending, refetch } = useRecentImports();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  return (
    <Card size="small" title={t('importWizard.recent.title')}>
      <Table<Import>
        size="small"
        rowKey="id"
        loading={isPending}
        dataSource={data?.data ?? []}
        pagination={false}
        locale={{ emptyText: t('importWizard.recent.empty') }}
        scroll={{ x: 'max-content' }}
        data-testid="import-recent"
        columns={[
          { key: 'file', title: t('importWizard.recent.file'), dataIndex: 'fileName' },
          {
            key: 'status',
            title: t('importWizard.recent.status'),
            render: (_, row) => (
              <>
                <ImportStatusTag status={row.status} />
                {row.dryRun && <Tag>{t('importWizard.recent.dryRun')}</Tag>}
              </>
            ),
          },
          {
            key: 'rows',
            title: t('importWizard.recent.rows'),
            align: 'right',
            render: (_, row) => (row.totalRows ?? row.processedRows).toLocaleString(),
          },
          {
            key: 'result',
            title: t('importWizard.recent.result'),
            render: (_, row) =>
              row.status === 'uploaded' ? null : (
                <Typography.Text type="secondary">
                  {t('importWizard.recent.resultText', {
                    created: row.createdCount,
                    updated: row.updatedCount,
                    skipped: row.skippedCount,
                    problems: row.errorCount,
                  })}
                  {row.errorCount > 0 && (
                    <>
                      {' · '}
                      <a href={problemsCsvUrl(row.id, language)} download>
                        {t('importWizard.actions.downloadReport')}
                      </a>
                    </>
                  )}
                </Typography.Text>
              ),
          },
          {
            key: 'when',
            title: t('importWizard.recent.when'),
            render: (_, row) => <DateTimeText value={row.createdAt} timeZone={timeZone} relative />,
          },
        ]}
      />
    </Card>
  );
};
