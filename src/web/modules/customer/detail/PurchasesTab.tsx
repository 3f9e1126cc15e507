import type { Customer } from '../../../../shared/contracts/customers';
import { RequirePermission } from '../../auth/components/RequirePermission';
import { CustomerPurchases } from '../../orders/components/CustomerPurchases';

/** Orders, spend and products of this customer; the orders module does the work. */
export const PurchasesTab = ({ customer }: { customer: Customer }) => (
  <RequirePermission permission="orders.read">
    <CustomerPurchases customer={customer} />
  </RequirePermission>
);
