import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { usePreferences } from '../../../app/preferences/preferences-context';
import { ErrorState } from '../../../ui/ErrorState';
import { isActive, problemsCsvUrl, useImport } from '../api/imports.api';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ImportCounts } from './ImportCounts';
import { ProblemsTable } from './ProblemsTable';

type CheckStepProps = {
  importId: string;
  loadGoodRowsOnly: boolean;
  onGoodRowsOnlyChange: (on: boolean) => void;
  onBack: () => void;
  onRun: () => void;
  starting: boolean;
  startError: AppError | null;
};

const percentOf = (processed: number, total: number | null) =>
  total ? Math.min(99, Math.floor((processed / total) * 100)) : 0;

/** The dry run: its progress, then what the import would do and every problem it found. */
export const CheckStep = (props: CheckStepProps) => {
  const { importId, loadGoodRowsOnly, onGoodRowsOnlyChange, onBack, onRun, starting, startError } = props;
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { data: file, error, refetch } = useImport(importId);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  if (!file) return <Skeleton active />;
  const running = isActive(file.status);
  const done = file.status === 'done';
  const blocked = file.errorCount > 0 && !loadGoodRowsOnly;

  return (
    <Flex vertical gap={16} data-testid="import-check">
      {running && (
        <Card data-testid="import-check-progress">
          <Typography.Text strong>{t('importWizard.check.running')}</Typography.Text>
          <Progress percent={percentOf(file.processedRows, file.totalRows)} status="active" />
          <Typography.Text type="secondary">
            {t('importWizard.check.rowsDone', {
              processed: file.processedRows.toLocaleString(),
              total: Math.max(file.totalRows ?? 0, file.processedRows).toLocaleString(),
            })}{' '}
            · {t('importWizard.check.runningHint')}
          </Typography.Text>
        </Card>
      )}
      {file.status === 'failed' && (
        <Alert type="error" showIcon title={t('importWizard.check.failed')} description={file.error} />
      )}
      {done && (
        <>
          <Card data-testid="import-report">
            <ImportCounts file={file} planned testIdPrefix="import-report" />
          </Card>
          {file.errorCount === 0 ? (
            <Alert type="success" showIcon title={t('importWizard.check.clean')} />
          ) : (
            <Alert
              type={blocked ? 'warning' : 'info'}
              showIcon
              title={t('importWizard.check.problems', { count: file.errorCount })}
              description={
                <Flex vertical gap={8}>
                  <span>
                    {blocked ? t('importWizard.check.blocked') : t('importWizard.check.goodRowsOnly')}
                  </span>
                  <Flex gap={8} align="center">
                    <Switch
                      size="small"
                      id="import-check-good-rows"
                      checked={loadGoodRowsOnly}
                      onChange={onGoodRowsOnlyChange}
                      data-testid="import-check-good-rows"
                    />
                    <label htmlFor="import-check-good-rows">{t('importWizard.options.goodRowsTitle')}</label>
                  </Flex>
                </Flex>
              }
              data-testid="import-check-hint"
            />
          )}
          {file.errorCount > 0 && (
            <Card
              size="small"
              title={t('importWizard.problems.title')}
              extra={
                <Button
                  icon={<DownloadOutlined />}
                  href={problemsCsvUrl(file.id, language)}
                  download
                  data-testid="import-download-report"
                >
                  {t('importWizard.actions.downloadReport')}
                </Button>
              }
            >
              <ProblemsTable importId={file.id} />
            </Card>
          )}
        </>
      )}
      {startError && <ApiErrorAlert error={startError} />}
      <Flex justify="space-between">
        <Button onClick={onBack} disabled={starting} data-testid="import-back">
          {t('importWizard.actions.backToMapping')}
        </Button>
        <Button
          type="primary"
          onClick={onRun}
          loading={starting}
          disabled={!done || blocked}
          title={blocked ? t('importWizard.check.blocked') : undefined}
          data-testid="import-run"
        >
          {t('importWizard.actions.run')}
        </Button>
      </Flex>
    </Flex>
  );
};
