import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { CatalogField } from '../hooks/use-field-catalog';

const number = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * Analytics scores that read better than their raw value: P(alive) as a percentage, expected
 * purchases with two decimals, segment, tier and stage names as tags. Null leaves the cell to
 * the field type's own rendering (money, dates, whole numbers).
 */
export const scoreCell = (field: CatalogField, value: unknown, language: string): ReactNode | null => {
  if (field.key === 'p_alive')
    return (
      <span style={number}>
        {Number(value).toLocaleString(language, { style: 'percent', maximumFractionDigits: 1 })}
      </span>
    );
  if (field.key === 'expected_purchases')
    return <span style={number}>{Number(value).toLocaleString(language, { maximumFractionDigits: 2 })}</span>;
  if (field.options) {
    const label = field.options.find((o) => o.value === value)?.label ?? String(value);
    return <Tag style={{ marginInlineEnd: 0 }}>{label}</Tag>;
  }
  return null;
};
