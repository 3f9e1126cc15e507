import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { customerKinds } from '../../../../shared/contracts/customers';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useSignedInMe } from '../../auth/api/me.api';
import { useCustomer } from '../api/customer.api';
import { CustomerForm } from './CustomerForm';

/**
 * The full-page create form. `?kind=company`, `?name=` (from quick search) and `?companyId=`
 * (from a company's page) prefill it. After saving, the new customer's page opens, carrying any
 * likely duplicates the server found.
 */
export const NewCustomerView = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const [params] = useSearchParams();
  const companyId = params.get('companyId');
  const company = useCustomer(companyId ?? '');
  const kind = customerKinds.find((k) => k === params.get('kind')) ?? 'person';
  useDocumentTitle(t('customer.form.newTitle'));

  const waiting = !!companyId && company.isPending && !company.error;
  return (
    <>
      <PageHeader
        title={t('customer.form.newTitle')}
        description={t('customer.form.newDescription')}
        level={2}
      />
      {waiting ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : (
        <CustomerForm
          framed
          initialValues={{
            kind,
            name: params.get('name') ?? '',
            companyId: company.data?.kind === 'company' ? company.data.id : null,
            ownerId: me.user.id,
          }}
          initialCompanyName={company.data?.name ?? null}
          onSaved={(customer, duplicates) => navigate(`/customers/${customer.id}`, { state: { duplicates } })}
          onCancel={() => navigate(-1)}
        />
      )}
    </>
  );
};
