import { ExperimentOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Progress, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DemoJob } from '../../../../shared/demo/demo.contract';
import { useApiError } from '../../../app/forms/use-api-error';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/use-can';
import { isDemoRunning, useDemoStatus, useLoadDemo } from '../api/demo.api';

const sizes = [1_000, 10_000, 50_000, 100_000];
/** A finished load stays on Home this long, so its result can be read. */
const SHOW_FINISHED_MS = 60 * 60 * 1000;

const showJob = (job: DemoJob | null) =>
  !!job &&
  (isDemoRunning(job) ||
    job.status === 'failed' ||
    (job.finishedAt !== null && Date.now() - Date.parse(job.finishedAt) < SHOW_FINISHED_MS));

/**
 * Onboarding's offer to fill an empty organisation with demo data (a tea shop's customers,
 * products and two years of orders), with the load's progress. Administrators only.
 */
export const DemoDataCard = () => {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const allowed = can('org.manage');
  const { data: status } = useDemoStatus(allowed);
  const load = useLoadDemo();
  const [size, setSize] = useState(10_000);
  const job = status?.job ?? null;
  const succeeded = job?.status === 'succeeded';
  const watching = useRef(false);
  useEffect(() => {
    if (isDemoRunning(job)) watching.current = true;
    else if (watching.current && succeeded) {
      watching.current = false;
      // Everything else on screen (counts, tables) is out of date once the data is in.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
    }
  }, [job, succeeded, queryClient]);

  if (!allowed || !status || (status.hasCustomers && !showJob(job))) return null;
  const start = () => load.mutate({ customers: size }, { onError: (error) => showError(error) });
  const progress = job?.progress;
  const percent = progress?.total ? Math.floor((progress.done / progress.total) * 100) : 0;

  return (
    <Card data-testid="demo-card">
      <PageHeader title={t('demo.title')} description={t('demo.description')} level={4} />
      {isDemoRunning(job) ? (
        <Flex vertical gap={8}>
          <Progress percent={percent} status="active" data-testid="demo-progress" />
          <Typography.Text type="secondary">
            {job?.status === 'queued' || !progress?.total
              ? t('demo.queued')
              : t('demo.running', {
                  done: progress.done.toLocaleString(),
                  total: progress.total.toLocaleString(),
                })}
          </Typography.Text>
        </Flex>
      ) : succeeded && job.result ? (
        <Alert
          type="success"
          showIcon
          data-testid="demo-done"
          title={t('demo.succeeded', {
            customers: (job.result.customers + job.result.skipped).toLocaleString(),
            orders: job.result.orders.toLocaleString(),
            products: job.result.products,
          })}
          description={t('demo.hint')}
          action={
            <Button type="primary" onClick={() => navigate('/customers')} data-testid="demo-open-customers">
              {t('demo.openCustomers')}
            </Button>
          }
        />
      ) : (
        <Flex vertical gap={12}>
          {job?.status === 'failed' && (
            <Alert
              type="error"
              showIcon
              title={t('demo.failed')}
              description={job.lastError}
              data-testid="demo-failed"
            />
          )}
          <Flex gap={12} wrap align="center">
            <Select
              value={size}
              onChange={setSize}
              style={{ width: 200 }}
              aria-label={t('demo.size')}
              options={sizes.map((n) => ({
                value: n,
                label: t('demo.customers', { count: n, formatted: n.toLocaleString() }),
              }))}
              data-testid="demo-size"
            />
            <Button
              type="primary"
              icon={<ExperimentOutlined />}
              loading={load.isPending}
              onClick={start}
              data-testid="demo-load"
            >
              {job?.status === 'failed' ? t('demo.retry') : t('demo.load')}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t('demo.hint')}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
};
