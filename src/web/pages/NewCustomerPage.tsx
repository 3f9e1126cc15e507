import { RequirePermission } from '../modules/auth/components/RequirePermission';
import { NewCustomerView } from '../modules/customer/form/NewCustomerView';

/** /customers/new */
export const NewCustomerPage = () => (
  <RequirePermission permission="customers.write">
    <NewCustomerView />
  </RequirePermission>
);
