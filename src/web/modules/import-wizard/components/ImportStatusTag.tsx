import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../../../shared/contracts/imports';

const colors: Record<ImportStatus, string> = {
  uploaded: 'default',
  queued: 'processing',
  validating: 'processing',
  loading: 'processing',
  done: 'success',
  failed_validation: 'warning',
  failed: 'error',
  cancelled: 'default',
};

export const ImportStatusTag = ({ status }: { status: ImportStatus }) => {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`importWizard.status.${status}`)}</Tag>;
};
