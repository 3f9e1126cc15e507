import { Button, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { useCustomerTimeline } from '../api/customer-timeline.api';
import { TimelineEntry } from './TimelineEntry';
import { timelineGroups, timelineIcon, type TimelineGroupKey } from './timeline-types';

/** Everything that happened to the customer, from every module, newest first; filterable by module. */
export const TimelineTab = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<TimelineGroupKey[]>([]);
  const prefixes = timelineGroups.filter((group) => selected.includes(group.key)).map((g) => g.prefix);
  const query = useCustomerTimeline(customerId, prefixes);
  const events = query.data?.pages.flatMap((page) => page.data) ?? [];

  const toggle = (key: TimelineGroupKey, checked: boolean) =>
    setSelected((current) => (checked ? [...current, key] : current.filter((k) => k !== key)));

  return (
    <Flex vertical gap={16}>
      <Flex gap={6} wrap align="center" data-testid="timeline-filter">
        <Typography.Text type="secondary">{t('customer.timeline.show')}</Typography.Text>
        <Tag.CheckableTag
          checked={selected.length === 0}
          onChange={() => setSelected([])}
          data-testid="timeline-filter-all"
        >
          {t('common.allResults')}
        </Tag.CheckableTag>
        {timelineGroups.map((group) => (
          <Tag.CheckableTag
            key={group.key}
            checked={selected.includes(group.key)}
            onChange={(checked) => toggle(group.key, checked)}
            data-testid={`timeline-filter-${group.key}`}
          >
            <Flex gap={4} align="center">
              {group.icon}
              {t(`customer.timeline.groups.${group.key}`)}
            </Flex>
          </Tag.CheckableTag>
        ))}
      </Flex>
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
      ) : query.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : events.length === 0 ? (
        <Empty description={t('customer.timeline.empty')} data-testid="timeline-empty" />
      ) : (
        <>
          <Timeline
            style={{ paddingTop: 8 }}
            items={events.map((event) => {
              const { icon, colour } = timelineIcon(event.type);
              return {
                key: event.id,
                icon: <span style={{ color: colour, fontSize: 16 }}>{icon}</span>,
                content: <TimelineEntry event={event} />,
              };
            })}
          />
          {query.hasNextPage && (
            <Flex justify="center">
              <Button
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
                data-testid="timeline-load-more"
              >
                {t('common.actions.loadMore')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Flex>
  );
};
