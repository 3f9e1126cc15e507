import { AuditLogPanel } from '../../modules/audit/components/AuditLogPanel';
import { RequirePermission } from '../../modules/auth/components/RequirePermission';

export const AuditSettingsPage = () => (
  <RequirePermission permission="audit.read">
    <AuditLogPanel />
  </RequirePermission>
);
