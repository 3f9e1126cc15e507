import { Alert, Card, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { DuplicateCandidate } from '../../../../shared/contracts/customers';
import { ErrorState } from '../../../ui/ErrorState';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useCustomer, useRevealContacts, type RevealedContacts } from '../api/customer.api';
import { CustomerEditDrawer } from '../form/CustomerEditDrawer';
import { DuplicatesAlert } from '../form/DuplicatesAlert';
import { useApiError } from '../../../app/forms/use-api-error';
import { useCan } from '../../auth/hooks/use-can';
import { RecommendationsCard } from '../../orders/components/RecommendationsCard';
import { CustomerHeader } from './CustomerHeader';
import { CustomerNotFound } from './CustomerNotFound';
import { CustomerScoresCard } from './CustomerScoresCard';
import { HistoryTab } from './HistoryTab';
import { ProfileTab } from './ProfileTab';
import { PurchasesTab } from './PurchasesTab';
import { TimelineTab } from './TimelineTab';

const tabKeys = ['profile', 'timeline', 'history', 'purchases'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * The customer 360 page: header with key facts and actions, then profile, timeline, change
 * history and purchases. The tab and the edit drawer live in the URL (?tab=history&edit=1).
 */
export const CustomerView = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const onApiError = useApiError();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = useCustomer(id);
  const reveal = useRevealContacts();
  const can = useCan();
  const [revealed, setRevealed] = useState<RevealedContacts | null>(null);
  const created = (location.state as { duplicates?: DuplicateCandidate[] } | null)?.duplicates ?? [];
  const tab: TabKey = tabKeys.find((key) => key === params.get('tab')) ?? 'profile';
  const editing = params.get('edit') === '1';
  useDocumentTitle(query.data?.name ?? t('customer.title'));

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true, state: location.state },
    );

  if (query.error) {
    if (['NOT_FOUND', 'INVALID_INPUT'].includes(query.error.code)) return <CustomerNotFound />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const customer = query.data;
  if (!customer) {
    return (
      <Card>
        <Skeleton avatar active paragraph={{ rows: 5 }} />
      </Card>
    );
  }

  const onReveal = () => {
    if (revealed) return setRevealed(null);
    reveal.mutate(customer.id, { onSuccess: setRevealed, onError: (error) => onApiError(error) });
  };

  const label = (key: TabKey) => <span data-testid={`customer-tab-${key}`}>{t(`customer.tabs.${key}`)}</span>;

  return (
    <Flex vertical gap={16}>
      {created.length > 0 && (
        <DuplicatesAlert duplicates={created} afterCreate customerId={customer.id} closable />
      )}
      {customer.deletedAt && (
        <Alert type="warning" showIcon title={t('customer.header.inBin')} data-testid="customer-in-bin" />
      )}
      <CustomerHeader
        customer={customer}
        revealed={revealed}
        revealing={reveal.isPending}
        onReveal={onReveal}
        onEdit={() => setParam('edit', '1')}
      />
      {can('analytics.read') && !customer.deletedAt && <CustomerScoresCard scores={customer.scores} />}
      {can('orders.read') && !customer.deletedAt && <RecommendationsCard customerId={customer.id} />}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'profile' ? null : key)}
          destroyOnHidden
          items={[
            {
              key: 'profile',
              label: label('profile'),
              children: <ProfileTab customer={customer} revealed={revealed} />,
            },
            { key: 'timeline', label: label('timeline'), children: <TimelineTab customerId={customer.id} /> },
            { key: 'history', label: label('history'), children: <HistoryTab customerId={customer.id} /> },
            {
              key: 'purchases',
              label: label('purchases'),
              children: <PurchasesTab customer={customer} />,
            },
          ]}
        />
      </Card>
      {editing && !customer.deletedAt && (
        <CustomerEditDrawer customer={customer} onClose={() => setParam('edit', null)} />
      )}
    </Flex>
  );
};
