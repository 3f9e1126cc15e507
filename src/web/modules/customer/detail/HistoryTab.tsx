import { Button, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { useCustomerHistory } from '../api/customer-timeline.api';
import { HistoryEntry } from './HistoryEntry';

/** The audit log of this customer: who changed which field, from what, to what. */
export const HistoryTab = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const query = useCustomerHistory(customerId);
  const entries = query.data?.pages.flatMap((page) => page.data) ?? [];

  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 5 }} />;
  if (entries.length === 0) return <Empty description={t('customer.history.empty')} />;
  return (
    <Flex vertical gap={12}>
      {entries.map((entry) => (
        <HistoryEntry key={entry.id} entry={entry} />
      ))}
      {query.hasNextPage && (
        <Flex justify="center">
          <Button
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
            data-testid="history-load-more"
          >
            {t('common.actions.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
