import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useOrgTimeZone } from '../../auth/hooks/use-org-time-zone';
import type { TimelineEvent } from '../api/customer-timeline.api';
import { useFieldLabel } from '../hooks/use-field-label';
import { customerEventKind } from './timeline-types';

/** One event: what happened in words, who did it and when. */
export const TimelineEntry = ({ event }: { event: TimelineEvent }) => {
  const { t } = useTranslation();
  const timeZone = useOrgTimeZone();
  const fieldLabel = useFieldLabel();
  const kind = customerEventKind(event.type);
  const fields = Array.isArray(event.data.fields) ? (event.data.fields as string[]) : [];

  const title = kind ? t(`customer.timeline.events.${kind}`) : event.summary;
  // Created, deleted and restored say it all in the title; their summary is only the name.
  const detail =
    kind === 'updated'
      ? fields.map(fieldLabel).join(t('customer.values.listSeparator')) || event.summary
      : kind === 'merged' || kind === 'imported'
        ? event.summary
        : null;

  return (
    <Flex vertical gap={2} data-testid="timeline-entry" data-type={event.type}>
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{title}</Typography.Text>
        {!kind && (
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {event.type}
          </Typography.Text>
        )}
      </Flex>
      {detail && <Typography.Text>{detail}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {event.actorName ?? t('customer.history.system')} ·{' '}
        <DateTimeText value={event.at} timeZone={timeZone} relative />
      </Typography.Text>
    </Flex>
  );
};
