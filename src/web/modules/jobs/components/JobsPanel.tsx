import { Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../../shared/contracts/jobs';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { JobsTable } from './JobsTable';
import { SchedulesTable } from './SchedulesTable';

type Filter = JobStatus | 'all';
const filters: Filter[] = ['all', 'queued', 'running', 'succeeded', 'failed'];

/** Settings → Jobs: background jobs by status, and the schedules below. */
export const JobsPanel = () => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  useDocumentTitle(t('system.jobs.title'));
  return (
    <Flex vertical gap={24}>
      <Card>
        <PageHeader
          title={t('system.jobs.title')}
          description={t('system.jobs.description')}
          level={4}
          extra={
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              options={filters.map((value) => ({
                value,
                label: value === 'all' ? t('system.jobs.filterAll') : t(`system.jobs.status.${value}`),
              }))}
              data-testid="jobs-status-filter"
            />
          }
        />
        <JobsTable status={filter === 'all' ? undefined : filter} />
      </Card>
      <Card>
        <PageHeader
          title={t('system.jobs.schedules.title')}
          description={t('system.jobs.schedules.description')}
          level={4}
        />
        <SchedulesTable />
      </Card>
    </Flex>
  );
};
