import { Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/contracts/imports';
import { ErrorState } from '../../../ui/ErrorState';
import { useImportProblems } from '../api/imports.api';
import { useProblemReason } from '../hooks/use-problem-reason';

/** An import's problems in file order, a page at a time (the server pages by cursor). */
export const ProblemsTable = ({ importId }: { importId: string }) => {
  const { t } = useTranslation();
  const reasonOf = useProblemReason();
  // Cursors of the pages seen so far, so "Previous" needs no backwards cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const { data, error, isFetching, refetch } = useImportProblems(importId, cursor, true);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} compact />;
  return (
    <Flex vertical gap={8}>
      <Table<ImportProblem>
        size="small"
        bordered
        loading={isFetching}
        pagination={false}
        dataSource={data?.data ?? []}
        rowKey={(p, index) => `${p.line}:${p.column ?? ''}:${index}`}
        locale={{ emptyText: t('importWizard.problems.none') }}
        tableLayout="fixed"
        scroll={{ x: 760 }}
        data-testid="import-problems-table"
        columns={[
          {
            key: 'line',
            title: t('importWizard.problems.line'),
            dataIndex: 'line',
            width: 72,
            align: 'right',
          },
          { key: 'column', title: t('importWizard.problems.column'), dataIndex: 'column', width: 140 },
          {
            key: 'reason',
            title: t('importWizard.problems.reason'),
            render: (_, problem) => reasonOf(problem),
          },
          {
            key: 'value',
            title: t('importWizard.problems.value'),
            dataIndex: 'value',
            width: 260,
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
      <Flex justify="flex-end" gap={8}>
        <Button
          size="small"
          disabled={cursors.length <= 1 || isFetching}
          onClick={() => setCursors(cursors.slice(0, -1))}
          data-testid="import-problems-previous"
        >
          {t('importWizard.problems.previous')}
        </Button>
        <Button
          size="small"
          disabled={!data?.nextCursor || isFetching}
          onClick={() => data?.nextCursor && setCursors([...cursors, data.nextCursor])}
          data-testid="import-problems-next"
        >
          {t('importWizard.problems.next')}
        </Button>
      </Flex>
    </Flex>
  );
};
