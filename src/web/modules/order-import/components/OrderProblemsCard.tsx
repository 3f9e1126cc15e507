import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import type { OrderImportProblem } from '../../../../shared/contracts/order-imports';
import { useOrderImportProblems } from '../api/order-imports.api';
import { useProblemReason } from '../hooks/use-problem-reason';
import { downloadText } from '../state/download-text';
import { problemsCsv } from '../state/problems-csv';

type OrderProblemsCardProps = { importId: string; errorCount: number };

/** Every listed problem (line, column, reason, value) in file order, and the same as a CSV download. */
export const OrderProblemsCard = ({ importId, errorCount }: OrderProblemsCardProps) => {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useOrderImportProblems(importId, true);
  const problems = data ?? [];
  const reasonOf = useProblemReason();
  const download = () =>
    downloadText(
      t('orderImport.problems.fileName'),
      problemsCsv(
        [
          t('orderImport.problems.line'),
          t('orderImport.problems.column'),
          t('orderImport.problems.reason'),
          t('orderImport.problems.value'),
        ],
        problems.map((p) => ({ ...p, reason: reasonOf(p) })),
      ),
    );
  return (
    <Card
      size="small"
      title={t('orderImport.problems.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          disabled={problems.length === 0}
          onClick={download}
          data-testid="order-import-download-report"
        >
          {t('orderImport.actions.downloadReport')}
        </Button>
      }
    >
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <Flex vertical gap={8}>
          {problems.length > 0 && problems.length < errorCount && (
            <Alert
              type="info"
              showIcon
              title={t('orderImport.problems.capped', {
                shown: problems.length.toLocaleString(),
                total: errorCount.toLocaleString(),
              })}
            />
          )}
          <Table<OrderImportProblem>
            size="small"
            bordered
            loading={isPending}
            dataSource={problems}
            rowKey={(p, index) => `${p.line}:${p.column ?? ''}:${index}`}
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: t('orderImport.problems.none') }}
            tableLayout="fixed"
            scroll={{ x: 760 }}
            data-testid="order-import-problems"
            columns={[
              {
                key: 'line',
                title: t('orderImport.problems.line'),
                dataIndex: 'line',
                width: 80,
                align: 'right',
              },
              {
                key: 'column',
                title: t('orderImport.problems.column'),
                dataIndex: 'column',
                width: 140,
                // Problems of the whole row (no customer, an order split up) name no column.
                render: (column: string | null) =>
                  column ?? <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                key: 'reason',
                title: t('orderImport.problems.reason'),
                render: (_, problem) => reasonOf(problem),
              },
              {
                key: 'value',
                title: t('orderImport.problems.value'),
                dataIndex: 'value',
                width: 240,
                // Values are shown as text, never as links or markup, whatever the file held.
                render: (value: string | null) =>
                  value && (
                    <Typography.Text code ellipsis={{ tooltip: value }} style={{ maxWidth: '100%' }}>
                      {value}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
};
