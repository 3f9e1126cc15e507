import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Last resort when rendering a route throws (e.g. a page chunk failed to load after a deploy). */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  return (
    <Result
      status="500"
      title={t('common.errors.codes.INTERNAL')}
      subTitle={t('common.errors.loadFailed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.actions.reload')}
        </Button>
      }
    />
  );
};
