import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { customersLink } from '../state/customers-link';

/** Opens the customer table on the customers behind a number (the filter the API sent with it). */
export const useOpenCustomers = () => {
  const navigate = useNavigate();
  return useCallback(
    (filter: unknown, sort?: string) => {
      if (filter) void navigate(customersLink(filter, sort));
    },
    [navigate],
  );
};
