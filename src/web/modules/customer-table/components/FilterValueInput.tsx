import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FilterOp } from '../../../../shared/filter/filter';
import type { CatalogField } from '../hooks/use-field-catalog';
import { useMoneyFormat } from '../hooks/use-money-format';
import { PeopleSelect } from './PeopleSelect';

type FilterValueInputProps = {
  field: CatalogField;
  op: FilterOp;
  value: unknown;
  onChange: (value: unknown) => void;
  invalid: boolean;
};

const listOps: FilterOp[] = ['in', 'not_in', 'has_any', 'has_all', 'has_none'];
const dateFormat = 'YYYY-MM-DD';
const toDay = (value: unknown) => (typeof value === 'string' && value ? dayjs(value) : null);
const fromDay = (day: Dayjs | null) => (day ? day.format(dateFormat) : undefined);
const numberOrUndefined = (value: number | string | null) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Money is typed in yuan (or the org's currency) and stored in the filter as integer cents. */
const MoneyInput = (props: {
  value: unknown;
  onChange: (cents: number | undefined) => void;
  invalid: boolean;
}) => {
  const { symbol } = useMoneyFormat();
  return (
    <InputNumber<number>
      style={{ width: '100%' }}
      prefix={symbol}
      step={0.01}
      precision={2}
      status={props.invalid ? 'error' : undefined}
      value={typeof props.value === 'number' ? props.value / 100 : null}
      onChange={(v) => {
        const yuan = numberOrUndefined(v);
        props.onChange(yuan === undefined ? undefined : Math.round(yuan * 100));
      }}
      data-testid="filter-value"
    />
  );
};

/** The value part of one filter condition, shaped by the field's type and the operator. */
export const FilterValueInput = ({ field, op, value, onChange, invalid }: FilterValueInputProps) => {
  const { t } = useTranslation();
  const status = invalid ? ('error' as const) : undefined;
  const label = t('customerTable.filter.value');

  if (op === 'is_empty' || op === 'is_not_empty') return null;
  if (op === 'within_last_days' || op === 'older_than_days')
    return (
      <InputNumber<number>
        style={{ width: '100%' }}
        min={0}
        precision={0}
        suffix={t('customerTable.filter.days')}
        status={status}
        value={typeof value === 'number' ? value : null}
        onChange={(v) => onChange(numberOrUndefined(v))}
        aria-label={label}
        data-testid="filter-value"
      />
    );

  if (listOps.includes(op)) {
    const list = Array.isArray(value) ? (value as string[]) : [];
    const change = (next: string | string[]) => {
      const values = Array.isArray(next) ? next : [next];
      onChange(values.length ? values : undefined);
    };
    if (field.type === 'user')
      return (
        <PeopleSelect
          kind={field.userKind}
          mode="multiple"
          status={status}
          value={list}
          onChange={change}
          style={{ width: '100%' }}
          aria-label={label}
          data-testid="filter-value"
        />
      );
    return (
      <Select<string[]>
        mode={field.options ? 'multiple' : 'tags'}
        style={{ width: '100%' }}
        status={status}
        value={list}
        options={field.options}
        onChange={change}
        open={field.options ? undefined : false}
        placeholder={field.options ? undefined : t('customerTable.bulk.tagsPlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={label}
        data-testid="filter-value"
      />
    );
  }

  if (op === 'between') {
    const pair = Array.isArray(value) ? (value as unknown[]) : [undefined, undefined];
    const set = (i: 0 | 1, v: unknown) => {
      const next = [pair[0], pair[1]];
      next[i] = v;
      onChange(next);
    };
    if (field.type === 'date')
      return (
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          status={status}
          value={[toDay(pair[0]), toDay(pair[1])]}
          onChange={(days) => onChange(days ? [fromDay(days[0]), fromDay(days[1])] : undefined)}
          data-testid="filter-value"
        />
      );
    return (
      <Space.Compact style={{ width: '100%' }}>
        {([0, 1] as const).map((i) =>
          field.type === 'money' ? (
            <MoneyInput key={i} value={pair[i]} invalid={invalid} onChange={(v) => set(i, v)} />
          ) : (
            <InputNumber<number>
              key={i}
              style={{ width: '50%' }}
              status={status}
              placeholder={t(i === 0 ? 'customerTable.filter.from' : 'customerTable.filter.to')}
              value={typeof pair[i] === 'number' ? (pair[i] as number) : null}
              onChange={(v) => set(i, numberOrUndefined(v))}
              data-testid="filter-value"
            />
          ),
        )}
      </Space.Compact>
    );
  }

  switch (field.type) {
    case 'number':
      return (
        <InputNumber<number>
          style={{ width: '100%' }}
          status={status}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(numberOrUndefined(v))}
          aria-label={label}
          data-testid="filter-value"
        />
      );
    case 'money':
      return <MoneyInput value={value} invalid={invalid} onChange={onChange} />;
    case 'date':
      return (
        <DatePicker
          style={{ width: '100%' }}
          status={status}
          value={toDay(value)}
          onChange={(day) => onChange(fromDay(day))}
          aria-label={label}
          data-testid="filter-value"
        />
      );
    case 'boolean':
      return (
        <Select<'yes' | 'no'>
          style={{ width: '100%' }}
          status={status}
          value={typeof value === 'boolean' ? (value ? 'yes' : 'no') : undefined}
          options={(['yes', 'no'] as const).map((v) => ({ value: v, label: t(`customerTable.filter.${v}`) }))}
          onChange={(v) => onChange(v === 'yes')}
          aria-label={label}
          data-testid="filter-value"
        />
      );
    case 'user':
      return (
        <PeopleSelect
          kind={field.userKind}
          style={{ width: '100%' }}
          status={status}
          value={typeof value === 'string' ? value : undefined}
          onChange={onChange}
          aria-label={label}
          data-testid="filter-value"
        />
      );
    default:
      if (field.options)
        return (
          <Select<string>
            style={{ width: '100%' }}
            status={status}
            value={typeof value === 'string' ? value : undefined}
            options={field.options}
            onChange={onChange}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={label}
            data-testid="filter-value"
          />
        );
      return (
        <Input
          status={status}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
          aria-label={label}
          data-testid="filter-value"
        />
      );
  }
};
