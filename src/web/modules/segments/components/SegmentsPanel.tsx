import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/contracts/segments';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/use-can';
import { useSegmentList } from '../api/segments.api';
import { SegmentCard } from './SegmentCard';
import { SegmentFormModal } from './SegmentFormModal';
import { SegmentsEmpty } from './SegmentsEmpty';

/** The segments page: a card per segment with its live count and trend. */
export const SegmentsPanel = () => {
  const { t } = useTranslation();
  const can = useCan();
  const { data: segments, isPending, error, refetch } = useSegmentList();
  const [editing, setEditing] = useState<{ segment: Segment | null } | null>(null);
  const create = can('segments.manage') ? () => setEditing({ segment: null }) : undefined;

  const body = () => {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (segments.length === 0)
      return (
        <Card>
          <SegmentsEmpty onCreate={create} />
        </Card>
      );
    return (
      <Row gutter={[16, 16]} data-testid="segments-list">
        {segments.map((segment) => (
          <Col key={segment.id} xs={24} md={12} xl={8} style={{ display: 'flex' }}>
            <SegmentCard segment={segment} onEdit={(s) => setEditing({ segment: s })} />
          </Col>
        ))}
      </Row>
    );
  };

  return (
    <>
      <PageHeader
        title={t('segments.title')}
        description={t('segments.description')}
        extra={
          create && (
            <Button type="primary" icon={<PlusOutlined />} onClick={create} data-testid="segment-create">
              {t('segments.create')}
            </Button>
          )
        }
      />
      {body()}
      {editing && <SegmentFormModal open segment={editing.segment} onClose={() => setEditing(null)} />}
    </>
  );
};
