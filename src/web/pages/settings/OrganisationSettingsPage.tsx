import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { OrgSettingsForm } from '../../modules/org/components/OrgSettingsForm';

export const OrganisationSettingsPage = () => (
  <RequirePermission permission="org.manage">
    <OrgSettingsForm />
  </RequirePermission>
);
