import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contracts/audit';
import { useAuditLabels } from '../hooks/use-audit-labels';

type Row = { field: string; from: unknown; to: unknown };

const raw = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** The expanded part of an audit row: each changed field as before → after. */
export const AuditChanges = ({ entry }: { entry: AuditEntry }) => {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const show = (field: string, value: unknown) => labels.value(entry.entityType, field, value) ?? raw(value);
  const rows: Row[] = Object.entries(entry.changes).map(([field, change]) => ({ field, ...change }));
  return (
    <Flex vertical gap={8} className="kehu-nested" data-testid={`audit-changes-${entry.id}`}>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('system.audit.noChanges')}</Typography.Text>
      ) : (
        <Table<Row>
          rowKey="field"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: t('system.audit.field'),
              dataIndex: 'field',
              width: 180,
              render: (field: string) => {
                const label = labels.field(field);
                // Unknown fields keep the look of a code, so nobody mistakes them for a translation.
                return label === field ? (
                  <Typography.Text code>{field}</Typography.Text>
                ) : (
                  <span title={field}>{label}</span>
                );
              },
            },
            {
              title: `${t('system.audit.from')} → ${t('system.audit.to')}`,
              key: 'change',
              render: (_, row) => (
                <Flex gap={10} align="center" wrap>
                  <Typography.Text delete type="secondary" style={{ wordBreak: 'break-all' }}>
                    {show(row.field, row.from)}
                  </Typography.Text>
                  <ArrowRightOutlined style={{ opacity: 0.5 }} />
                  <Typography.Text strong style={{ wordBreak: 'break-all' }}>
                    {show(row.field, row.to)}
                  </Typography.Text>
                </Flex>
              ),
            },
          ]}
        />
      )}
      {entry.requestId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('system.audit.requestId', { id: entry.requestId })}
        </Typography.Text>
      )}
    </Flex>
  );
};
