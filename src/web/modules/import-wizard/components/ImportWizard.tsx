import { Button, Card, Flex, Steps } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Import, ImportMapping, ImportUploadResult } from '../../../../shared/contracts/imports';
import { useStartImport } from '../api/imports.api';
import { ApiErrorAlert } from './ApiErrorAlert';
import { CheckStep } from './CheckStep';
import { DoneStep } from './DoneStep';
import { FilePreview } from './FilePreview';
import { initialMapping, mappingConflicts, mapsAnything } from './mapping-check';
import { MappingStep } from './MappingStep';
import { defaultChoices, matchOrder, OptionsStep, type ImportChoices } from './OptionsStep';
import { RecentImports } from './RecentImports';
import { RunStep } from './RunStep';
import { UploadArea } from './UploadArea';

const stepKeys = ['upload', 'mapping', 'options', 'check', 'run', 'done'] as const;
type Step = 0 | 1 | 2 | 3 | 4 | 5;

/** Upload → map columns → options → check (dry run) → import → done. */
export const ImportWizard = () => {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(0);
  const [upload, setUpload] = useState<ImportUploadResult | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [choices, setChoices] = useState<ImportChoices>(defaultChoices);
  const [finished, setFinished] = useState<Import | null>(null);
  const start = useStartImport();
  const onFinished = useCallback((file: Import) => {
    setFinished(file);
    setStep(5);
  }, []);

  const importId = upload?.import.id ?? null;
  const mappingOk =
    !!upload && mapsAnything(mapping) && mappingConflicts(upload.import.headers, mapping).length === 0;

  const reset = () => {
    setUpload(null);
    setMapping({});
    setChoices(defaultChoices);
    setFinished(null);
    start.reset();
    setStep(0);
  };
  const uploaded = (result: ImportUploadResult) => {
    setUpload(result);
    setMapping(initialMapping(result.import.headers, result.suggestions));
  };
  const run = (dryRun: boolean, next: Step) => {
    if (!importId) return;
    const body = {
      mapping,
      dryRun,
      matchBy: matchOrder(choices),
      onMatch: choices.onMatch,
      loadGoodRowsOnly: choices.loadGoodRowsOnly,
    };
    start.mutate({ id: importId, body }, { onSuccess: () => setStep(next) });
  };
  const goTo = (next: Step) => {
    start.reset();
    setStep(next);
  };

  return (
    <Flex vertical gap={16}>
      <Steps
        current={step}
        size="small"
        items={stepKeys.map((key) => ({ title: t(`importWizard.steps.${key}`) }))}
        data-testid="import-steps"
      />
      {step === 0 && !upload && (
        <>
          <Card>
            <UploadArea onUploaded={uploaded} />
          </Card>
          <RecentImports />
        </>
      )}
      {step === 0 && upload && (
        <FilePreview
          file={upload.import}
          preview={upload.preview}
          extra={
            <Button onClick={reset} data-testid="import-other-file">
              {t('importWizard.actions.otherFile')}
            </Button>
          }
        />
      )}
      {step === 1 && upload && <MappingStep upload={upload} mapping={mapping} onChange={setMapping} />}
      {step === 2 && <OptionsStep choices={choices} onChange={setChoices} />}
      {step === 3 && importId && (
        <CheckStep
          importId={importId}
          loadGoodRowsOnly={choices.loadGoodRowsOnly}
          onGoodRowsOnlyChange={(loadGoodRowsOnly) => setChoices({ ...choices, loadGoodRowsOnly })}
          onBack={() => goTo(1)}
          onRun={() => run(false, 4)}
          starting={start.isPending}
          startError={start.error}
        />
      )}
      {step === 4 && importId && <RunStep importId={importId} onFinished={onFinished} />}
      {step === 5 && finished && <DoneStep file={finished} onAnother={reset} />}
      {step <= 2 && start.error && <ApiErrorAlert error={start.error} />}
      {step <= 2 && upload && (
        <Flex justify="space-between">
          {step > 0 ? (
            <Button onClick={() => goTo((step - 1) as Step)} data-testid="import-back">
              {t('importWizard.actions.back')}
            </Button>
          ) : (
            <span />
          )}
          {step < 2 ? (
            <Button
              type="primary"
              disabled={step === 1 && !mappingOk}
              onClick={() => goTo((step + 1) as Step)}
              data-testid="import-next"
            >
              {t('importWizard.actions.next')}
            </Button>
          ) : (
            <Button
              type="primary"
              loading={start.isPending}
              disabled={!mappingOk}
              onClick={() => run(true, 3)}
              data-testid="import-dry-run"
            >
              {t('importWizard.actions.check')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
};
