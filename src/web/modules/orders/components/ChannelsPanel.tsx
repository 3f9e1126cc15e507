import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useChannels } from '../api/channels.api';
import { ChannelsEditor } from './ChannelsEditor';

/** Settings → Order channels: where orders come from, as the organisation names them. */
export const ChannelsPanel = () => {
  const { t } = useTranslation();
  const { data: channels, error, refetch } = useChannels();
  useDocumentTitle(t('orders.settings.title'));
  return (
    <Card>
      <PageHeader
        title={t('orders.settings.title')}
        description={t('orders.settings.description')}
        level={4}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : !channels ? (
        <Skeleton active />
      ) : (
        <ChannelsEditor key={JSON.stringify(channels)} channels={channels} />
      )}
    </Card>
  );
};
