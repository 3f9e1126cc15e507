import { RedoOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job, JobStatus } from '../../../../shared/contracts/jobs';
import { useApiError } from '../../../app/forms/use-api-error';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { useCan } from '../../auth/hooks/use-can';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useJobs, useRetryJob } from '../api/jobs.api';
import { JobProgress } from './JobProgress';
import { JobStatusTag } from './JobStatusTag';

/** Background jobs with a status filter; failed jobs show their error and can be retried. */
export const JobsTable = ({ status }: { status: JobStatus | undefined }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const can = useCan();
  const timeZone = useOrgTimeZone();
  const query = useJobs(status);
  const retry = useRetryJob();
  const jobs = query.data?.pages.flatMap((page) => page.data) ?? [];

  const columns: TableColumnsType<Job> = [
    {
      title: t('system.jobs.columns.type'),
      dataIndex: 'type',
      render: (type: string) => <Typography.Text code>{type}</Typography.Text>,
    },
    {
      title: t('system.jobs.columns.status'),
      dataIndex: 'status',
      render: (value: JobStatus) => <JobStatusTag status={value} />,
    },
    {
      title: t('system.jobs.columns.attempts'),
      key: 'attempts',
      align: 'center',
      render: (_, job) => `${job.attempts} / ${job.maxAttempts}`,
    },
    {
      title: t('system.jobs.columns.progress'),
      key: 'progress',
      render: (_, job) => <JobProgress job={job} />,
    },
    {
      title: t('system.jobs.columns.runAt'),
      dataIndex: 'runAt',
      render: (at: string) => <DateTimeText value={at} timeZone={timeZone} />,
    },
    {
      title: t('system.jobs.columns.finishedAt'),
      dataIndex: 'finishedAt',
      render: (at: string | null) => <DateTimeText value={at} timeZone={timeZone} relative />,
    },
  ];
  if (can('jobs.manage')) {
    columns.push({
      title: t('system.jobs.columns.actions'),
      key: 'actions',
      align: 'right',
      fixed: 'right',
      render: (_, job) =>
        job.status === 'failed' && (
          <Button
            size="small"
            icon={<RedoOutlined />}
            loading={retry.isPending && retry.variables === job.id}
            onClick={() =>
              retry.mutate(job.id, {
                onSuccess: () => message.success(t('system.jobs.retried')),
                onError: (error) => onApiError(error),
              })
            }
            data-testid={`job-retry-${job.id}`}
          >
            {t('system.jobs.retry')}
          </Button>
        ),
    });
  }

  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />;
  return (
    <div data-testid="jobs-table">
      <Table<Job>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={jobs}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          rowExpandable: (job) => !!job.lastError,
          expandedRowRender: (job) => (
            <Flex vertical gap={4} className="kehu-nested">
              <Typography.Text strong type="danger">
                {t('system.jobs.lastError')}
              </Typography.Text>
              <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }} copyable>
                {job.lastError}
              </Typography.Paragraph>
            </Flex>
          ),
        }}
        locale={{
          emptyText: <Empty description={t('system.jobs.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />,
        }}
      />
      {query.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
            data-testid="jobs-load-more"
          >
            {t('common.actions.loadMore')}
          </Button>
        </Flex>
      )}
    </div>
  );
};
