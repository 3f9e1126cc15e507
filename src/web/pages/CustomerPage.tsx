import { useParams } from 'react-router';
import { CustomerView } from '../modules/customer/detail/CustomerView';

/** /customers/:id — the customer 360 page. */
export const CustomerPage = () => {
  const { id = '' } = useParams();
  return <CustomerView key={id} id={id} />;
};
