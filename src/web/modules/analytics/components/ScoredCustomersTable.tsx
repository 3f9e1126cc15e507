import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoredCustomerList } from '../api/dashboard.api';
import type { AnalyticsFormat } from '../hooks/use-analytics-format';
import { useScoreLabels } from '../hooks/use-score-labels';

type Row = ScoredCustomerList['data'][number];

type ScoredCustomersTableProps = {
  rows: Row[];
  /** The money column that ranks the list. */
  rank: 'valueAtRisk' | 'historicalClv';
  format: AnalyticsFormat;
  testId: string;
};

const money = (cents: number | null, format: AnalyticsFormat) =>
  cents === null ? <Typography.Text type="secondary">—</Typography.Text> : format.wholeMoney(cents);

/** A ranked list of scored customers, each linking to their page. */
export const ScoredCustomersTable = ({ rows, rank, format, testId }: ScoredCustomersTableProps) => {
  const { t } = useTranslation();
  const labels = useScoreLabels();
  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('analytics.list.name'),
      ellipsis: true,
      render: (_, row) => <Link to={`/customers/${row.id}`}>{row.name}</Link>,
    },
    {
      key: 'segment',
      title: t('analytics.list.segment'),
      width: 100,
      ellipsis: true,
      render: (_, row) =>
        row.rfmSegment ? <Tag style={{ marginInlineEnd: 0 }}>{labels.segment(row.rfmSegment)}</Tag> : '—',
    },
    {
      key: 'pAlive',
      title: t('analytics.list.pAlive'),
      width: 84,
      align: 'right',
      render: (_, row) => (row.pAlive === null ? '—' : format.percent(row.pAlive, 0)),
    },
    {
      key: rank,
      title: t(rank === 'valueAtRisk' ? 'analytics.list.valueAtRisk' : 'analytics.list.historicalClv'),
      width: 96,
      align: 'right',
      render: (_, row) =>
        money(rank === 'valueAtRisk' ? row.valueAtRiskCents : row.historicalClvCents, format),
    },
    {
      key: 'last',
      title: t('analytics.list.lastPurchase'),
      width: 104,
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.lastPurchaseOn ?? '—'}</span>,
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      data-testid={testId}
    />
  );
};
