import { DeleteOutlined, EditOutlined, MoreOutlined, TableOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Flex, Modal, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Segment } from '../../../../shared/contracts/segments';
import { useApiError } from '../../../app/forms/use-api-error';
import { useCan } from '../../auth/hooks/use-can';
import { useDeleteSegment } from '../api/segments.api';
import { SegmentExportMenu } from './SegmentExportMenu';
import { SegmentFilterSummary } from './SegmentFilterSummary';
import { SegmentTrend } from './SegmentTrend';

type SegmentCardProps = { segment: Segment; onEdit: (segment: Segment) => void };

/** One segment: its live count, filter, trend, and what to do with it. */
export const SegmentCard = ({ segment, onEdit }: SegmentCardProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const can = useCan();
  const remove = useDeleteSegment();

  const confirmDelete = () =>
    Modal.confirm({
      title: t('segments.deleteConfirm', { name: segment.name }),
      okText: t('common.actions.delete'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'confirm-ok' } },
      cancelText: t('common.actions.cancel'),
      onOk: () =>
        remove.mutateAsync(segment.id).then(
          () => void message.success(t('segments.deleted')),
          (error) => onApiError(error),
        ),
    });

  const manage = can('segments.manage') && (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'edit',
            icon: <EditOutlined />,
            label: t('segments.edit'),
            'data-testid': 'segment-edit',
            onClick: () => onEdit(segment),
          },
          {
            key: 'delete',
            icon: <DeleteOutlined />,
            danger: true,
            label: t('segments.delete'),
            'data-testid': 'segment-delete',
            onClick: confirmDelete,
          },
        ],
      }}
    >
      <Button
        type="text"
        size="small"
        icon={<MoreOutlined />}
        aria-label={t('segments.actions')}
        data-testid="segment-actions"
      />
    </Dropdown>
  );

  return (
    <Card
      data-testid={`segment-card-${segment.id}`}
      title={
        <Typography.Text strong ellipsis={{ tooltip: segment.name }}>
          {segment.name}
        </Typography.Text>
      }
      extra={manage}
      style={{ width: '100%', display: 'flex', flexDirection: 'column' }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12, flex: 1 } }}
      actions={[
        <Link key="open" to={`/customers?segment=${segment.id}`} data-testid="segment-open">
          <TableOutlined /> {t('segments.open')}
        </Link>,
        ...(can('customers.export') ? [<SegmentExportMenu key="export" segmentId={segment.id} />] : []),
      ]}
    >
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 2, tooltip: segment.description }}
        style={{ margin: 0, minHeight: 44 }}
      >
        {segment.description || t('segments.noDescription')}
      </Typography.Paragraph>
      {segment.count === null ? (
        <Alert type="warning" showIcon title={t('segments.broken', { problem: segment.problem })} />
      ) : (
        <Tooltip title={t('segments.countHint')} placement="topLeft">
          <Flex align="baseline" gap={6} data-testid="segment-count">
            <Statistic value={segment.count} styles={{ content: { fontSize: 28, fontWeight: 600 } }} />
            <Typography.Text type="secondary">{t('segments.customers')}</Typography.Text>
          </Flex>
        </Tooltip>
      )}
      <SegmentFilterSummary filter={segment.filter} />
      <SegmentTrend segmentId={segment.id} />
    </Card>
  );
};
