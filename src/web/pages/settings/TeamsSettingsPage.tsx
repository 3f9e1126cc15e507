import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { TeamsPanel } from '../../modules/teams/components/TeamsPanel';

export const TeamsSettingsPage = () => (
  <RequirePermission permission="teams.manage">
    <TeamsPanel />
  </RequirePermission>
);
