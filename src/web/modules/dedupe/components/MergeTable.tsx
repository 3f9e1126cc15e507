import { Flex, Radio, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contracts/customers';
import type { MergeRow } from '../hooks/use-merge-rows';

type MergeTableProps = {
  customers: Customer[];
  rows: MergeRow[];
  survivor: number;
  choices: Record<string, number>;
  onSurvivor: (index: number) => void;
  onChoose: (key: string, index: number) => void;
};

// The first row picks the kept customer. Radios in the column titles would exist twice: the table
// repeats its titles in a hidden row that measures column widths.
const KEEP_ROW = '__keep';

/** Customers as columns, fields as rows: a radio per differing value picks the one that survives. */
export const MergeTable = ({ customers, rows, survivor, choices, onSurvivor, onChoose }: MergeTableProps) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const kept = (index: number) => (index === survivor ? { background: token.colorPrimaryBg } : {});
  const empty = <Typography.Text type="secondary">{t('dedupe.merge.emptyValue')}</Typography.Text>;

  const renderCell = (row: MergeRow, index: number) => {
    if (row.key === KEEP_ROW)
      return (
        <Radio
          checked={index === survivor}
          onChange={() => onSurvivor(index)}
          data-testid={`merge-survivor-${index}`}
        >
          {index === survivor ? <Tag color="blue">{t('dedupe.merge.kept')}</Tag> : t('dedupe.merge.keep')}
        </Radio>
      );
    const text = row.text[index] ?? null;
    if (row.same) return text ?? empty;
    return (
      <Radio
        checked={choices[row.key] === index}
        onChange={() => onChoose(row.key, index)}
        data-testid={`merge-field-${row.key}-${index}`}
      >
        <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text ?? empty}</span>
      </Radio>
    );
  };

  const columns: TableColumnsType<MergeRow> = [
    {
      title: t('dedupe.merge.field'),
      dataIndex: 'label',
      fixed: 'left',
      width: 150,
      render: (label: string, row) => (
        <Flex vertical>
          <Typography.Text strong>{label}</Typography.Text>
          {row.same && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dedupe.merge.same')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...customers.map((customer, index) => ({
      key: customer.id,
      width: 220,
      onHeaderCell: () => ({ style: kept(index) }),
      onCell: () => ({ style: kept(index) }),
      title: (
        <Flex vertical gap={2}>
          <Typography.Text strong>{customer.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {index === survivor ? t('dedupe.merge.kept') : t('dedupe.merge.mergedAway')}
          </Typography.Text>
        </Flex>
      ),
      render: (_: unknown, row: MergeRow) => renderCell(row, index),
    })),
  ];

  const keepRow: MergeRow = {
    key: KEEP_ROW,
    label: t('dedupe.merge.survivor'),
    raw: [],
    text: [],
    same: false,
  };
  return (
    <Table<MergeRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[keepRow, ...rows]}
      pagination={false}
      bordered
      scroll={{ x: 'max-content' }}
      data-testid="merge-table"
    />
  );
};
