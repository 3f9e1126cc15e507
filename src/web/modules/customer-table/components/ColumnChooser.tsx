import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  HolderOutlined,
  InsertRowRightOutlined,
} from '@ant-design/icons';
import { Button, Checkbox, Divider, Flex, Input, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewColumn } from '../../../../shared/contracts/saved-views';
import type { CatalogField } from '../hooks/use-field-catalog';
import { defaultColumns } from '../state/table-definition';
import styles from './customer-table.module.css';

type ColumnChooserProps = {
  columns: SavedViewColumn[];
  fields: CatalogField[];
  byKey: ReadonlyMap<string, CatalogField>;
  onChange: (columns: SavedViewColumn[]) => void;
};

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** Picks the columns to show and their order: drag and drop, or the arrow buttons. Name always shows. */
export const ColumnChooser = ({ columns, fields, byKey, onChange }: ColumnChooserProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const shown = columns.filter((c) => byKey.has(c.key));
  const matches = (f: CatalogField) => f.label.toLowerCase().includes(search.trim().toLowerCase());
  const hidden = fields.filter((f) => !f.filterOnly && !shown.some((c) => c.key === f.key) && matches(f));

  const content = (
    <Flex vertical gap={4} style={{ width: 300 }} data-testid="column-chooser">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('customerTable.columns.hint')}
      </Typography.Text>
      <Input.Search
        size="small"
        allowClear
        placeholder={t('customerTable.columns.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ margin: '6px 0' }}
      />
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        <Divider size="small" titlePlacement="start" plain>
          {t('customerTable.columns.shown')}
        </Divider>
        {shown.map((column, i) => {
          const field = byKey.get(column.key)!;
          if (!matches(field)) return null;
          return (
            <div
              key={column.key}
              className={`${styles.chooserItem} ${dropAt === i && dragFrom !== i ? styles.dropTarget : ''}`}
              draggable
              onDragStart={() => setDragFrom(i)}
              onDragOver={(e) => {
                e.preventDefault();
                setDropAt(i);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDropAt(null);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null && dragFrom !== i) onChange(move(shown, dragFrom, i));
                setDragFrom(null);
                setDropAt(null);
              }}
              data-testid={`column-item-${column.key}`}
            >
              <HolderOutlined style={{ color: 'var(--ant-color-text-tertiary)' }} />
              <Checkbox
                checked
                disabled={column.key === 'name'}
                onChange={() => onChange(shown.filter((c) => c.key !== column.key))}
                style={{ flex: 1 }}
                data-testid={`column-toggle-${column.key}`}
              >
                {field.label}
              </Checkbox>
              <Button
                type="text"
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                onClick={() => onChange(move(shown, i, i - 1))}
                aria-label={t('customerTable.columns.moveUp', { name: field.label })}
              />
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={i === shown.length - 1}
                onClick={() => onChange(move(shown, i, i + 1))}
                aria-label={t('customerTable.columns.moveDown', { name: field.label })}
              />
            </div>
          );
        })}
        {hidden.length > 0 && (
          <Divider size="small" titlePlacement="start" plain>
            {t('customerTable.columns.hidden')}
          </Divider>
        )}
        {hidden.map((field) => (
          <div key={field.key} className={styles.chooserItem}>
            <Checkbox
              checked={false}
              onChange={() => onChange([...shown, { key: field.key }])}
              style={{ flex: 1, marginInlineStart: 22 }}
              data-testid={`column-toggle-${field.key}`}
            >
              {field.label}
            </Checkbox>
          </div>
        ))}
      </div>
      <Button size="small" onClick={() => onChange(defaultColumns)} style={{ marginTop: 8 }}>
        {t('customerTable.columns.reset')}
      </Button>
    </Flex>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      title={t('customerTable.columns.title')}
      content={content}
    >
      <Button icon={<InsertRowRightOutlined />} data-testid="customers-columns-button">
        {t('customerTable.columns.button')}
      </Button>
    </Popover>
  );
};
