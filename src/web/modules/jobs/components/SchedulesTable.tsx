import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../ui/DateTimeText';
import { ErrorState } from '../../../ui/ErrorState';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import { useSchedules, type Schedule } from '../api/jobs.api';

/** Recurring jobs and when they run next. */
export const SchedulesTable = () => {
  const { t } = useTranslation();
  const timeZone = useOrgTimeZone();
  const { data, isPending, error, refetch } = useSchedules();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  return (
    <div data-testid="schedules-table">
      <Table<Schedule>
        rowKey="name"
        size="middle"
        dataSource={data}
        loading={isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('system.jobs.schedules.columns.name'),
            dataIndex: 'name',
            render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
          },
          {
            title: t('system.jobs.schedules.columns.cron'),
            dataIndex: 'cron',
            render: (cron: string) => <Typography.Text code>{cron}</Typography.Text>,
          },
          {
            title: t('system.jobs.schedules.columns.jobType'),
            dataIndex: 'jobType',
            render: (type: string) => <Typography.Text code>{type}</Typography.Text>,
          },
          {
            title: t('system.jobs.schedules.columns.lastRun'),
            dataIndex: 'lastRunAt',
            render: (at: string | null) => (
              <DateTimeText value={at} timeZone={timeZone} relative empty={t('common.never')} />
            ),
          },
          {
            title: t('system.jobs.schedules.columns.nextRun'),
            dataIndex: 'nextRunAt',
            render: (at: string) => <DateTimeText value={at} timeZone={timeZone} relative />,
          },
        ]}
        locale={{
          emptyText: (
            <Empty description={t('system.jobs.schedules.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
      />
    </div>
  );
};
