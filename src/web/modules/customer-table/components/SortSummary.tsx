import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatSort, parseSort } from '../../../../shared/customers/customer-fields';
import type { CatalogField } from '../hooks/use-field-catalog';

type SortSummaryProps = {
  sort: string;
  byKey: ReadonlyMap<string, CatalogField>;
  onChange: (sort: string) => void;
};

/** The sort in words, in order; each key can be dropped, or all at once. */
export const SortSummary = ({ sort, byKey, onChange }: SortSummaryProps) => {
  const { t } = useTranslation();
  const keys = parseSort(sort);
  return (
    <Space size={4} wrap data-testid="customers-sort-summary">
      <Typography.Text type="secondary">{t('customerTable.sort.sortedBy')}:</Typography.Text>
      {keys.length === 0 && (
        <Typography.Text type="secondary">{t('customerTable.sort.defaultOrder')}</Typography.Text>
      )}
      {keys.map((k, i) => (
        <Tag
          key={k.key}
          closable
          closeIcon={<CloseOutlined aria-label={t('customerTable.sort.clear')} />}
          onClose={(e) => {
            e.preventDefault();
            onChange(formatSort(keys.filter((_, j) => j !== i)));
          }}
          style={{ marginInlineEnd: 0 }}
        >
          {keys.length > 1 && `${i + 1}. `}
          {byKey.get(k.key)?.label ?? k.key} {k.descending ? <ArrowDownOutlined /> : <ArrowUpOutlined />}
        </Tag>
      ))}
      {keys.length > 0 && (
        <Button type="link" size="small" onClick={() => onChange('')} data-testid="customers-clear-sort">
          {t('customerTable.sort.clear')}
        </Button>
      )}
    </Space>
  );
};
