import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { UsersPanel } from '../../modules/users/components/UsersPanel';

export const UsersSettingsPage = () => (
  <RequirePermission permission="users.read">
    <UsersPanel />
  </RequirePermission>
);
