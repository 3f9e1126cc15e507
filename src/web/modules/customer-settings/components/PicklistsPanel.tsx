import { Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { picklists } from '../../../../shared/contracts/customers';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { usePicklists } from '../../customer/api/picklists.api';
import { PicklistEditor } from './PicklistEditor';

/** Settings → Pick lists: category, value tier, lifecycle stage and source. */
export const PicklistsPanel = () => {
  const { t } = useTranslation();
  const { data: lists, error, refetch } = usePicklists();
  useDocumentTitle(t('customer.settings.picklists.title'));
  return (
    <Flex vertical gap={16}>
      <Card styles={{ body: { paddingBottom: 4 } }}>
        <PageHeader
          title={t('customer.settings.picklists.title')}
          description={t('customer.settings.picklists.description')}
          level={4}
        />
        {error && <ErrorState error={error} onRetry={() => void refetch()} compact />}
        {!lists && !error && <Skeleton active />}
      </Card>
      {lists &&
        picklists.map((list) => (
          <PicklistEditor key={`${list}:${JSON.stringify(lists[list])}`} list={list} items={lists[list]} />
        ))}
    </Flex>
  );
};
