import { useTranslation } from 'react-i18next';
import { AnalyticsPanel } from '../modules/analytics/components/AnalyticsPanel';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { useDocumentTitle } from '../ui/use-document-title';

export const AnalyticsPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('analytics.title'));
  return (
    <RequirePermission permission="analytics.read">
      <AnalyticsPanel />
    </RequirePermission>
  );
};
