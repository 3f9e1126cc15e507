import { Button, Card, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrderImport } from '../../../../shared/contracts/order-imports';
import type { AppError } from '../../../../shared/errors';
import { ApiErrorAlert } from '../../import-wizard/components/ApiErrorAlert';
import { OrderImportCounts } from './OrderImportCounts';
import { OrderProblemsCard } from './OrderProblemsCard';

type OrderResultStepProps = {
  file: OrderImport;
  /** Runs the same file again, as an import (not a check), with good rows only if asked. */
  onRunAgain: (goodRowsOnly: boolean) => void;
  running: boolean;
  runError: AppError | null;
  onChangeOptions: () => void;
  onAnother: () => void;
};

type Outcome = {
  status: 'success' | 'info' | 'warning' | 'error';
  title: 'done' | 'checked' | 'refused' | 'failed';
  hint: 'doneHint' | 'donePartialHint' | 'checkedHint' | 'checkedBlockedHint' | 'refusedHint' | null;
};

const outcomeOf = (file: OrderImport): Outcome => {
  if (file.status === 'done' && file.dryRun)
    return {
      status: 'info',
      title: 'checked',
      hint: file.errorCount > 0 ? 'checkedBlockedHint' : 'checkedHint',
    };
  if (file.status === 'done')
    return { status: 'success', title: 'done', hint: file.errorCount > 0 ? 'donePartialHint' : 'doneHint' };
  if (file.status === 'failed_validation')
    return { status: 'warning', title: 'refused', hint: 'refusedHint' };
  return { status: 'error', title: 'failed', hint: null };
};

/** How the run ended, what it did, its problems, and the ways on: the orders page, another run, another file. */
export const OrderResultStep = (props: OrderResultStepProps) => {
  const { file, onRunAgain, running, runError, onChangeOptions, onAnother } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const end = outcomeOf(file);
  const loaded = file.status === 'done' && !file.dryRun;
  const hint = end.hint
    ? t(`orderImport.result.${end.hint}`, {
        file: file.fileName,
        count: file.errorCount,
        n: file.errorCount.toLocaleString(),
      })
    : file.error;

  const again =
    file.status === 'failed_validation' || (file.dryRun && file.errorCount > 0) ? (
      <Button
        type="primary"
        loading={running}
        onClick={() => onRunAgain(true)}
        data-testid="order-import-good-rows-again"
      >
        {file.dryRun ? t('orderImport.actions.importGoodRows') : t('orderImport.actions.goodRowsOnly')}
      </Button>
    ) : file.dryRun || file.status === 'failed' ? (
      <Button
        type="primary"
        loading={running}
        onClick={() => onRunAgain(false)}
        data-testid="order-import-again"
      >
        {file.dryRun ? t('orderImport.actions.importNow') : t('orderImport.actions.tryAgain')}
      </Button>
    ) : null;

  return (
    <Flex vertical gap={16}>
      <Card data-testid="order-import-result" data-status={file.status}>
        <Result
          status={end.status}
          title={t(`orderImport.result.${end.title}`)}
          subTitle={hint}
          style={{ padding: '16px 0 0' }}
          extra={
            <Flex gap={8} justify="center" wrap>
              {loaded && (
                <Button
                  type="primary"
                  onClick={() => void navigate('/orders')}
                  data-testid="order-import-open-orders"
                >
                  {t('orderImport.actions.openOrders')}
                </Button>
              )}
              {again}
              {!loaded && (
                <Button
                  onClick={onChangeOptions}
                  disabled={running}
                  data-testid="order-import-change-options"
                >
                  {t('orderImport.actions.changeOptions')}
                </Button>
              )}
              <Button onClick={onAnother} disabled={running} data-testid="order-import-another">
                {t('orderImport.actions.another')}
              </Button>
            </Flex>
          }
        >
          {file.status === 'done' && (
            <OrderImportCounts file={file} planned={file.dryRun} testIdPrefix="order-import-result" />
          )}
        </Result>
      </Card>
      {runError && <ApiErrorAlert error={runError} />}
      {file.errorCount > 0 && <OrderProblemsCard importId={file.id} errorCount={file.errorCount} />}
    </Flex>
  );
};
