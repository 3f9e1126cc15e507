import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../../shared/contracts/jobs';

const looks: Record<JobStatus, { color: string; icon: ReactNode }> = {
  queued: { color: 'default', icon: <ClockCircleOutlined /> },
  running: { color: 'processing', icon: <SyncOutlined spin /> },
  succeeded: { color: 'success', icon: <CheckCircleOutlined /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
};

export const JobStatusTag = ({ status }: { status: JobStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={looks[status].color} icon={looks[status].icon} data-status={status}>
      {t(`system.jobs.status.${status}`)}
    </Tag>
  );
};
