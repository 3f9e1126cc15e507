import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './customer-table.module.css';

type SortTitleProps = {
  label: string;
  /** 1-based position among the sort keys, when the column is sorted. */
  order?: number;
  descending?: boolean;
  /** Show the position only when sorting by several columns. */
  showOrder: boolean;
  onClick: () => void;
};

/** A sortable column title: a real button, so the keyboard can sort too. */
export const SortTitle = ({ label, order, descending, showOrder, onClick }: SortTitleProps) => {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // antd also renders titles in a hidden measuring row; that copy must not take keyboard focus.
  const [measuring, setMeasuring] = useState(false);
  useLayoutEffect(() => setMeasuring(!!button.current?.closest('[aria-hidden="true"]')), []);
  const state = order
    ? `, ${t(descending ? 'customerTable.sort.descending' : 'customerTable.sort.ascending')}`
    : '';
  return (
    <button
      ref={button}
      tabIndex={measuring ? -1 : undefined}
      type="button"
      className={styles.sortButton}
      onClick={onClick}
      aria-label={`${t('customerTable.sort.by', { name: label })}${state}`}
      title={t('customerTable.sort.hint')}
      data-testid={measuring ? undefined : 'customers-sort-header'}
    >
      <span className={styles.sortLabel}>{label}</span>
      {order &&
        (descending ? (
          <ArrowDownOutlined style={{ color: 'var(--ant-color-primary)' }} />
        ) : (
          <ArrowUpOutlined style={{ color: 'var(--ant-color-primary)' }} />
        ))}
      {order && showOrder && <Badge count={order} size="small" color="blue" />}
    </button>
  );
};
