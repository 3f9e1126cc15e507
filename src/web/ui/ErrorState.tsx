import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors';

type ErrorStateProps = {
  error: AppError;
  onRetry?: () => void;
  compact?: boolean;
};

const resultStatus = (code: AppError['code']) =>
  code === 'FORBIDDEN' ? '403' : code === 'NOT_FOUND' ? '404' : code === 'INTERNAL' ? '500' : 'warning';

/** What a page shows when its data could not be loaded: the server's message and a way to try again. */
export const ErrorState = ({ error, onRetry, compact = false }: ErrorStateProps) => {
  const { t } = useTranslation();
  return (
    <Result
      status={compact ? 'warning' : resultStatus(error.code)}
      title={t(`common.errors.codes.${error.code}`)}
      subTitle={error.message}
      style={compact ? { padding: 24 } : undefined}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry} data-testid="error-retry">
            {t('common.actions.retry')}
          </Button>
        )
      }
    />
  );
};
