import { useQuery } from '@tanstack/react-query';
import type { CustomerPurchases } from '../../../../shared/contracts/orders';
import { api } from '../../../app/api-client';

/**
 * Under 'customers': the server emits a `customers` update for the customer after every order
 * change, so another person's order refreshes the 360 page without a reload.
 */
export const useCustomerPurchases = (customerId: string) =>
  useQuery({
    queryKey: ['customers', 'purchases', customerId],
    queryFn: () => api.get<CustomerPurchases>(`/customers/${customerId}/purchases`),
  });
