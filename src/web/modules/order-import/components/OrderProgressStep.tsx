import { Card, Flex, Progress, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderImport } from '../../../../shared/contracts/order-imports';
import { ErrorState } from '../../../ui/ErrorState';
import { isActive } from '../../import-wizard/api/imports.api';
import { useOrderImport } from '../api/order-imports.api';
import { OrderImportCounts } from './OrderImportCounts';

type OrderProgressStepProps = { importId: string; onFinished: (file: OrderImport) => void };

/** The running job: which phase (checking, loading), a progress bar, and the counts so far. */
export const OrderProgressStep = ({ importId, onFinished }: OrderProgressStepProps) => {
  const { t } = useTranslation();
  const { data: file, error, refetch } = useOrderImport(importId);
  const finished = !!file && !isActive(file.status) && file.status !== 'uploaded';
  useEffect(() => {
    if (finished) onFinished(file);
  }, [finished, file, onFinished]);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  if (!file) return <Skeleton active />;
  const total = Math.max(file.totalRows ?? 0, file.processedRows);
  const percent = total ? Math.min(99, Math.floor((file.processedRows / total) * 100)) : 0;
  const phase = file.status === 'validating' || file.status === 'loading' ? file.status : 'queued';

  return (
    <Flex vertical gap={16} data-testid="order-import-progress" data-phase={phase}>
      <Card>
        <Flex vertical gap={8}>
          <Typography.Text strong data-testid="order-import-phase">
            {t(`orderImport.run.${phase}`)}
          </Typography.Text>
          <Progress percent={percent} status="active" aria-label={t(`orderImport.run.${phase}`)} />
          <Typography.Text type="secondary">
            {t('orderImport.run.rowsDone', {
              processed: file.processedRows.toLocaleString(),
              total: total.toLocaleString(),
            })}
            {phase === 'validating' && ` · ${t('orderImport.run.validatingHint')}`}
          </Typography.Text>
        </Flex>
      </Card>
      {phase === 'loading' && (
        <Card>
          <OrderImportCounts file={file} planned={false} testIdPrefix="order-import-live" />
        </Card>
      )}
    </Flex>
  );
};
