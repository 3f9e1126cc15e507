import { SyncOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Progress, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../app/forms/use-api-error';
import { useCan } from '../../auth/hooks/use-can';
import { customersQueryKey } from '../../customer-table/api/customer-list.api';
import { analyticsKey } from '../api/dashboard.api';
import { isJobDone, useRefreshJob, useStartRefresh } from '../api/refresh.api';

/**
 * Starts a scoring refresh and shows its progress until the job ends; then every chart and the
 * customer table reload. Shown only to people who may start one (segments.manage).
 */
export const RefreshScoresButton = ({ type = 'default' }: { type?: 'default' | 'primary' }) => {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const can = useCan();
  const onApiError = useApiError();
  const queryClient = useQueryClient();
  const start = useStartRefresh();
  const [jobId, setJobId] = useState<string | null>(null);
  const { data: job } = useRefreshJob(jobId);

  useEffect(() => {
    if (!jobId || !job || !isJobDone(job)) return;
    setJobId(null);
    if (job.status === 'succeeded') {
      void message.success(t('analytics.refresh.done'));
      void queryClient.invalidateQueries({ queryKey: analyticsKey });
      void queryClient.invalidateQueries({ queryKey: customersQueryKey });
    } else {
      notification.error({ title: t('analytics.refresh.failed'), description: job.lastError });
    }
  }, [jobId, job, message, notification, queryClient, t]);

  if (!can('segments.manage')) return null;
  const running = !!jobId;
  const percent = job?.progress?.total
    ? Math.min(100, Math.round((job.progress.done / job.progress.total) * 100))
    : 0;

  return (
    <Flex align="center" gap={12}>
      {running && (
        <Flex vertical style={{ width: 180 }} data-testid="analytics-refresh-progress" data-percent={percent}>
          <Progress percent={percent} size="small" status="active" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
            {t(job?.status === 'running' ? 'analytics.refresh.running' : 'analytics.refresh.queued')}
          </Typography.Text>
        </Flex>
      )}
      <Tooltip title={t('analytics.refresh.hint')}>
        <Button
          type={type}
          icon={<SyncOutlined spin={running} />}
          loading={start.isPending}
          disabled={running}
          onClick={() =>
            start.mutate(undefined, {
              onSuccess: ({ jobId: id }) => setJobId(id),
              onError: (error) => onApiError(error),
            })
          }
          data-testid="analytics-refresh"
        >
          {t('analytics.refresh.button')}
        </Button>
      </Tooltip>
    </Flex>
  );
};
