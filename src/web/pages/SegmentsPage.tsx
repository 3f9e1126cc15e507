import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { SegmentsPanel } from '../modules/segments/components/SegmentsPanel';
import { useDocumentTitle } from '../ui/use-document-title';

export const SegmentsPage = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('segments.title'));
  return (
    <RequirePermission permission="customers.read">
      <SegmentsPanel />
    </RequirePermission>
  );
};
