import { RequirePermission } from '../../modules/auth/components/RequirePermission';
import { ChannelsPanel } from '../../modules/orders/components/ChannelsPanel';

export const OrderChannelsSettingsPage = () => (
  <RequirePermission permission="products.manage">
    <ChannelsPanel />
  </RequirePermission>
);
