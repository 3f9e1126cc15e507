import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/contracts/jobs';

/** A bar when the total is known, otherwise a running count; the job's own message underneath. */
export const JobProgress = ({ job }: { job: Job }) => {
  const { t } = useTranslation();
  const { progress } = job;
  if (!progress) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const percent = progress.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  return (
    <Flex vertical style={{ minWidth: 160 }}>
      {percent === null ? (
        <Typography.Text>
          {t('system.jobs.progressDone', { done: progress.done.toLocaleString() })}
        </Typography.Text>
      ) : (
        <Progress percent={percent} size="small" status={status} />
      )}
      {progress.message && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: progress.message }}>
          {progress.message}
        </Typography.Text>
      )}
    </Flex>
  );
};
