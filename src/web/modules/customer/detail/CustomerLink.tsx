import { Typography } from 'antd';
import { Link } from 'react-router';
import { useCustomer } from '../api/customer.api';

/** A link to a customer by id, named once the customer is loaded (e.g. a company in the history). */
export const CustomerLink = ({ id }: { id: string }) => {
  const { data, error } = useCustomer(id);
  if (error) return <Typography.Text type="secondary">{id.slice(0, 8)}</Typography.Text>;
  return <Link to={`/customers/${id}`}>{data?.name ?? '…'}</Link>;
};
