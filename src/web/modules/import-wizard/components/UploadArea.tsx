import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportUploadResult } from '../../../../shared/contracts/imports';
import { MAX_IMPORT_BYTES } from '../api/upload-file';
import { useUploadImport } from '../api/imports.api';
import { downloadSampleCsv } from './sample-csv';

const accepted = /\.(csv|txt|xlsx)$/i;

type UploadAreaProps<T> = {
  /** Gets the server's answer and the file itself (to send it again for another run). */
  onUploaded: (result: T, file: File) => void;
  /** The upload route; customer imports unless told otherwise. */
  path?: string;
  /** Starts the download of a sample file; the customer sample unless told otherwise. */
  onSample?: () => void;
};

/** The empty first step: drop a file (or press Enter on the area to pick one); explains what files work. */
export const UploadArea = <T = ImportUploadResult,>({ onUploaded, path, onSample }: UploadAreaProps<T>) => {
  const { t } = useTranslation();
  const [fraction, setFraction] = useState(0);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useUploadImport<T>(setFraction, path);

  const send = (file: File) => {
    setLocalError(null);
    upload.reset();
    if (!accepted.test(file.name)) return setLocalError(t('importWizard.upload.wrongType'));
    if (file.size > MAX_IMPORT_BYTES) return setLocalError(t('importWizard.upload.tooLarge'));
    setFraction(0);
    upload.mutate(file, { onSuccess: (result) => onUploaded(result, file) });
  };

  const error = localError ?? upload.error?.message;
  return (
    <Flex vertical gap={12}>
      <div data-testid="import-upload">
        <Upload.Dragger
          accept=".csv,.txt,.xlsx"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            send(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {upload.isPending
              ? t('importWizard.upload.uploading', { name: upload.variables?.name })
              : t('importWizard.upload.drop')}
          </p>
          <p className="ant-upload-hint">{t('importWizard.upload.formats')}</p>
          <p className="ant-upload-hint">{t('importWizard.upload.firstRow')}</p>
          {upload.isPending && (
            <Progress percent={Math.round(fraction * 100)} size="small" style={{ maxWidth: 320 }} />
          )}
        </Upload.Dragger>
      </div>
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('importWizard.upload.failed')}
          description={error}
          data-testid="import-upload-error"
        />
      )}
      <Typography.Text>
        <Button
          type="link"
          icon={<DownloadOutlined />}
          style={{ paddingInline: 0 }}
          onClick={onSample ?? (() => downloadSampleCsv(t('importWizard.sample.fileName')))}
          data-testid="import-sample"
        >
          {t('importWizard.upload.sample')}
        </Button>
      </Typography.Text>
    </Flex>
  );
};
