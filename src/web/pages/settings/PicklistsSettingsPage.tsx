import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { PicklistsPanel } from '../../modules/customer-settings/components/PicklistsPanel';

export const PicklistsSettingsPage = () => (
  <RequirePermission permission="org.manage">
    <PicklistsPanel />
  </RequirePermission>
);
