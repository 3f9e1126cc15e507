import { Button, Card, Flex, Steps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderImport, OrderImportMapping } from '../../../../shared/contracts/order-imports';
import { ApiErrorAlert } from '../../import-wizard/components/ApiErrorAlert';
import { downloadSampleCsv } from '../../import-wizard/components/sample-csv';
import { UploadArea } from '../../import-wizard/components/UploadArea';
import {
  orderImportUploadPath,
  useRefreshAfterImport,
  useRunOrderImport,
  type OrderImportUploadResult,
} from '../api/order-imports.api';
import { defaultOrderImportChoices, type OrderImportChoices } from '../state/order-import-choices';
import { initialOrderMapping, reviewOrderMapping } from '../state/order-mapping-check';
import { orderSampleRows } from '../state/order-sample';
import { OrderFileShape } from './OrderFileShape';
import { OrderMappingStep } from './OrderMappingStep';
import { OrderOptionsStep } from './OrderOptionsStep';
import { OrderProgressStep } from './OrderProgressStep';
import { OrderResultStep } from './OrderResultStep';

const steps = ['upload', 'mapping', 'options', 'run', 'result'] as const;
type Step = (typeof steps)[number];

type Picked = {
  file: File;
  upload: OrderImportUploadResult;
  /** Its import has been run already. */ used: boolean;
};

/** Upload → map columns → options → import (checking, loading) → result with the problem report. */
export const OrderImportWizard = () => {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('upload');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [mapping, setMapping] = useState<OrderImportMapping>({});
  const [choices, setChoices] = useState<OrderImportChoices>(defaultOrderImportChoices);
  const [importId, setImportId] = useState<string | null>(null);
  const [finished, setFinished] = useState<OrderImport | null>(null);
  const run = useRunOrderImport();
  const refresh = useRefreshAfterImport();
  const onFinished = useCallback(
    (file: OrderImport) => {
      if (file.status === 'done' && !file.dryRun) refresh();
      setFinished(file);
      setStep('result');
    },
    [refresh],
  );

  const reset = () => {
    setPicked(null);
    setMapping({});
    setChoices(defaultOrderImportChoices);
    setImportId(null);
    setFinished(null);
    run.reset();
    setStep('upload');
  };
  const goTo = (next: Step) => {
    run.reset();
    setStep(next);
  };
  const uploaded = (upload: OrderImportUploadResult, file: File) => {
    setPicked({ file, upload, used: false });
    setMapping(initialOrderMapping(upload.import.headers, upload.suggestions));
    setStep('mapping');
  };
  const start = (next: OrderImportChoices) => {
    if (!picked) return;
    setChoices(next);
    run.mutate(
      {
        importId: picked.upload.import.id,
        resend: picked.used ? picked.file : null,
        body: { mapping, ...next },
      },
      {
        onSuccess: ({ started, upload }) => {
          setPicked({ ...picked, upload: upload ?? picked.upload, used: true });
          setImportId(started.id);
          setFinished(null);
          setStep('run');
        },
      },
    );
  };
  const mappingOk = !!picked && reviewOrderMapping(picked.upload.import.headers, mapping).ok;

  return (
    <Flex vertical gap={16}>
      <Steps
        current={steps.indexOf(step)}
        size="small"
        items={steps.map((key) => ({ title: t(`orderImport.steps.${key}`) }))}
        data-testid="order-import-steps"
      />
      {step === 'upload' && (
        <Card>
          <Flex vertical gap={16}>
            <UploadArea<OrderImportUploadResult>
              path={orderImportUploadPath}
              onUploaded={uploaded}
              onSample={() => downloadSampleCsv(t('orderImport.sample.fileName'), orderSampleRows)}
            />
            <OrderFileShape />
          </Flex>
        </Card>
      )}
      {step === 'mapping' && picked && (
        <OrderMappingStep upload={picked.upload} file={picked.file} mapping={mapping} onChange={setMapping} />
      )}
      {step === 'options' && <OrderOptionsStep choices={choices} onChange={setChoices} />}
      {step === 'run' && importId && <OrderProgressStep importId={importId} onFinished={onFinished} />}
      {step === 'result' && finished && (
        <OrderResultStep
          file={finished}
          onRunAgain={(goodRowsOnly) =>
            start({ ...choices, dryRun: false, loadGoodRowsOnly: goodRowsOnly || choices.loadGoodRowsOnly })
          }
          running={run.isPending}
          runError={run.error}
          onChangeOptions={() => goTo('options')}
          onAnother={reset}
        />
      )}
      {(step === 'mapping' || step === 'options') && (
        <>
          {run.error && <ApiErrorAlert error={run.error} />}
          <Flex justify="space-between">
            <Button
              onClick={() => (step === 'mapping' ? reset() : goTo('mapping'))}
              disabled={run.isPending}
              data-testid="order-import-back"
            >
              {step === 'mapping' ? t('orderImport.actions.otherFile') : t('orderImport.actions.back')}
            </Button>
            {step === 'mapping' ? (
              <Button
                type="primary"
                disabled={!mappingOk}
                onClick={() => goTo('options')}
                data-testid="order-import-next"
              >
                {t('orderImport.actions.next')}
              </Button>
            ) : (
              <Button
                type="primary"
                loading={run.isPending}
                disabled={!mappingOk}
                onClick={() => start(choices)}
                data-testid="order-import-start"
              >
                {choices.dryRun ? t('orderImport.actions.check') : t('orderImport.actions.start')}
              </Button>
            )}
          </Flex>
        </>
      )}
    </Flex>
  );
};
