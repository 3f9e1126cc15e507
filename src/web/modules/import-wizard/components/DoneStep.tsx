import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Import } from '../../../../shared/contracts/imports';
import { usePreferences } from '../../../app/preferences/preferences-context';
import { problemsCsvUrl } from '../api/imports.api';
import { ImportCounts } from './ImportCounts';

type DoneStepProps = { file: Import; onAnother: () => void };

const outcome = (file: Import) => {
  if (file.status === 'done')
    return {
      status: 'success',
      title: 'success',
      hint: file.errorCount > 0 ? 'successPartialHint' : 'successHint',
    } as const;
  if (file.status === 'cancelled')
    return { status: 'warning', title: 'cancelled', hint: 'cancelledHint' } as const;
  if (file.status === 'failed_validation')
    return { status: 'warning', title: 'failedValidation', hint: 'failedValidationHint' } as const;
  return { status: 'error', title: 'failed', hint: null } as const;
};

/** How the import ended, what it did, and where to go next. */
export const DoneStep = ({ file, onAnother }: DoneStepProps) => {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const navigate = useNavigate();
  const end = outcome(file);
  return (
    <Card data-testid="import-done" data-status={file.status}>
      <Result
        status={end.status}
        title={t(`importWizard.done.${end.title}`)}
        subTitle={end.hint ? t(`importWizard.done.${end.hint}`, { file: file.fileName }) : file.error}
        extra={
          <Flex gap={8} justify="center" wrap>
            <Button
              type="primary"
              onClick={() => void navigate('/customers')}
              data-testid="import-open-customers"
            >
              {t('importWizard.actions.openCustomers')}
            </Button>
            <Button onClick={onAnother} data-testid="import-another">
              {t('importWizard.actions.another')}
            </Button>
            {file.errorCount > 0 && (
              <Button icon={<DownloadOutlined />} href={problemsCsvUrl(file.id, language)} download>
                {t('importWizard.actions.downloadReport')}
              </Button>
            )}
          </Flex>
        }
      >
        <ImportCounts file={file} planned={false} testIdPrefix="import-done" />
      </Result>
    </Card>
  );
};
