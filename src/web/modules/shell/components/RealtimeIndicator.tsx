import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RealtimeStatus } from '../../realtime/hooks/use-realtime';

/** A small dot: green while live updates flow, amber while reconnecting. */
export const RealtimeIndicator = ({ status }: { status: RealtimeStatus }) => {
  const { t } = useTranslation();
  const live = status === 'open';
  return (
    <Tooltip title={live ? t('shell.header.live') : t('shell.header.offline')}>
      <span
        role="status"
        aria-label={live ? t('shell.header.live') : t('shell.header.offline')}
        data-testid="realtime-status"
        data-status={status}
        style={{ display: 'inline-flex', padding: '0 8px' }}
      >
        <Badge status={live ? 'success' : 'warning'} />
      </span>
    </Tooltip>
  );
};
