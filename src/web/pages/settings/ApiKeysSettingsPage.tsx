import { ApiKeysPanel } from '../../modules/api-keys/components/ApiKeysPanel';
import { RequirePermission } from '../../modules/auth/components/RequirePermission';

export const ApiKeysSettingsPage = () => (
  <RequirePermission permission="apikeys.manage">
    <ApiKeysPanel />
  </RequirePermission>
);
