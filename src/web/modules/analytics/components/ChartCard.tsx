import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { ErrorState } from '../../../ui/ErrorState';
import type { ExportTable } from '../state/export-cells';
import { ExportButton } from './ExportButton';

type ChartCardProps = {
  title: string;
  description?: ReactNode;
  /** Controls beside the export button, e.g. month/quarter. */
  extra?: ReactNode;
  /** The chart's data for CSV and Excel; absent while loading. */
  table?: ExportTable;
  loading: boolean;
  error?: AppError | null;
  onRetry?: () => void;
  /** True when there is nothing to draw. */
  empty: boolean;
  emptyText?: ReactNode;
  testId: string;
  children: ReactNode;
};

/**
 * A dashboard card: title, a line on what it shows, its own controls and export; a skeleton
 * while loading, the error, or an empty note instead of an empty chart.
 */
export const ChartCard = (props: ChartCardProps) => {
  const { t } = useTranslation();
  const body = props.error ? (
    <ErrorState error={props.error} onRetry={props.onRetry} compact />
  ) : props.loading ? (
    <Skeleton active paragraph={{ rows: 6 }} />
  ) : props.empty ? (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={props.emptyText ?? t('analytics.charts.noData')}
      data-testid={`${props.testId}-empty`}
    />
  ) : (
    props.children
  );
  return (
    <Card
      title={
        <Flex vertical style={{ padding: '12px 0', whiteSpace: 'normal' }}>
          <span>{props.title}</span>
          {props.description && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
              {props.description}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center">
          {props.extra}
          {props.table && (
            <ExportButton table={props.table} name={props.title} testId={`${props.testId}-export`} />
          )}
        </Flex>
      }
      style={{ height: '100%' }}
      data-testid={props.testId}
      data-loading={props.loading || undefined}
    >
      {body}
    </Card>
  );
};
