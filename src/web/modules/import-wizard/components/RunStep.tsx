import { Button, Card, Flex, Popconfirm, Progress, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDetail } from '../../../../shared/contracts/imports';
import { ErrorState } from '../../../ui/ErrorState';
import { isActive, useCancelImport, useImport } from '../api/imports.api';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ImportCounts } from './ImportCounts';

type RunStepProps = { importId: string; onFinished: (file: ImportDetail) => void };

/** The real import: a progress bar with live counts until the job ends, and a way to stop it. */
export const RunStep = ({ importId, onFinished }: RunStepProps) => {
  const { t } = useTranslation();
  const { data: file, error, refetch } = useImport(importId);
  const cancel = useCancelImport();
  const finished = !!file && !file.dryRun && !isActive(file.status);
  useEffect(() => {
    if (finished) onFinished(file);
  }, [finished, file, onFinished]);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  if (!file) return <Skeleton active />;
  const total = Math.max(file.totalRows ?? 0, file.processedRows);
  const percent = total ? Math.min(100, Math.floor((file.processedRows / total) * 100)) : 0;
  const phase = file.status === 'validating' || file.status === 'loading' ? file.status : 'queued';

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={8}>
          <Typography.Text strong>{t(`importWizard.run.${phase}`)}</Typography.Text>
          <Progress
            percent={percent}
            status={finished ? undefined : 'active'}
            data-testid="import-progress"
          />
          <Typography.Text type="secondary">
            {t('importWizard.check.rowsDone', {
              processed: file.processedRows.toLocaleString(),
              total: total.toLocaleString(),
            })}
          </Typography.Text>
        </Flex>
      </Card>
      <Card>
        <ImportCounts file={file} planned={false} testIdPrefix="import-live" />
      </Card>
      {cancel.error && <ApiErrorAlert error={cancel.error} />}
      <Flex justify="flex-end">
        <Popconfirm
          title={t('importWizard.run.cancelConfirm')}
          onConfirm={() => cancel.mutate(importId, { onSuccess: () => void refetch() })}
          okButtonProps={{ danger: true, 'data-testid': 'import-cancel-confirm' }}
        >
          <Button danger loading={cancel.isPending} disabled={finished} data-testid="import-cancel">
            {t('importWizard.actions.cancel')}
          </Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
};
