import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { CustomFieldsPanel } from '../../modules/customer-settings/components/CustomFieldsPanel';

export const CustomFieldsSettingsPage = () => (
  <RequirePermission permission="org.manage">
    <CustomFieldsPanel />
  </RequirePermission>
);
