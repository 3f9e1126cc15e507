import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DuplicateGroup, MergeResult } from '../../../../shared/contracts/duplicates';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useDuplicateGroups } from '../api/duplicates.api';
import { DuplicateGroupCard } from './DuplicateGroupCard';
import { MergeDialog } from './MergeDialog';

/** /customers/duplicates: groups of likely duplicates (all, or one customer's with ?customer=). */
export const DuplicatesView = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const customer = params.get('customer');
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } =
    useDuplicateGroups(customer);
  const [reviewing, setReviewing] = useState<DuplicateGroup | null>(null);
  const [merged, setMerged] = useState<{ result: MergeResult; count: number } | null>(null);
  useDocumentTitle(t('dedupe.title'));
  const groups = data?.pages.flatMap((page) => page.data) ?? [];
  const first = data?.pages[0];
  // Groups computed now need no note; a background check's age does.
  const checkedLongAgo = !!first?.checkedAt && Date.now() - Date.parse(first.checkedAt) > 60_000;

  return (
    <>
      <PageHeader title={t('dedupe.title')} description={t('dedupe.description')} />
      {customer && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('dedupe.forCustomer')}
          action={<Link to="/customers/duplicates">{t('dedupe.showAll')}</Link>}
        />
      )}
      {(first?.checking || checkedLongAgo) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="duplicates-checking"
          title={
            first?.checking
              ? t('dedupe.checking')
              : t('dedupe.checkedAt', { time: dayjs(first?.checkedAt).fromNow() })
          }
        />
      )}
      {merged && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setMerged(null)}
          style={{ marginBottom: 16 }}
          data-testid="merge-success"
          title={t('dedupe.merge.success', { count: merged.count, name: merged.result.customer.name })}
          action={
            <Link to={`/customers/${merged.result.customer.id}`} data-testid="merge-success-link">
              <Button size="small" type="primary" ghost>
                {t('dedupe.merge.openSurvivor', { name: merged.result.customer.name })}
              </Button>
            </Link>
          }
        />
      )}
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : groups.length === 0 ? (
        <Card>
          <Empty
            description={t('dedupe.empty')}
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            data-testid="duplicates-empty"
          >
            <Typography.Paragraph type="secondary">{t('dedupe.emptyHint')}</Typography.Paragraph>
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={16} data-testid="duplicates-list">
          {groups.map((group, index) => (
            <DuplicateGroupCard key={group.key} group={group} index={index} onReview={setReviewing} />
          ))}
          {hasNextPage && (
            <Button
              onClick={() => void fetchNextPage()}
              loading={isFetchingNextPage}
              style={{ alignSelf: 'center' }}
            >
              {t('dedupe.loadMore')}
            </Button>
          )}
        </Flex>
      )}
      {reviewing && (
        <MergeDialog
          customerIds={reviewing.customers.map((c) => c.id)}
          onClose={() => setReviewing(null)}
          onMerged={(result, count) => {
            setReviewing(null);
            setMerged({ result, count });
          }}
        />
      )}
    </>
  );
};
