import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { WebFormsPanel } from '../../modules/web-forms/components/WebFormsPanel';

export const WebFormsSettingsPage = () => (
  <RequirePermission permission="org.manage">
    <WebFormsPanel />
  </RequirePermission>
);
