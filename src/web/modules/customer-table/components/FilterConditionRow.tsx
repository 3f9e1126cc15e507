import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  opsByType,
  valueProblem,
  type FilterCondition,
  type FilterOp,
} from '../../../../shared/filter/filter';
import type { CatalogField } from '../hooks/use-field-catalog';
import { FilterValueInput } from './FilterValueInput';

type FilterConditionRowProps = {
  condition: FilterCondition;
  fields: CatalogField[];
  byKey: ReadonlyMap<string, CatalogField>;
  showProblems: boolean;
  onChange: (condition: FilterCondition) => void;
  onRemove: () => void;
};

const dateWords = new Set<FilterOp>(['eq', 'lt', 'lte', 'gt', 'gte']);
const listOps = new Set<FilterOp>(['in', 'not_in', 'has_any', 'has_all', 'has_none']);

/** Whether a condition is complete and would pass the server's check. */
export const conditionProblem = (condition: FilterCondition, byKey: ReadonlyMap<string, CatalogField>) => {
  const field = byKey.get(condition.field);
  if (!field) return 'unknown field';
  if (!opsByType[field.type].includes(condition.op)) return 'operator';
  return valueProblem(field.descriptor, condition.op, condition.value);
};

/** A value that still fits after switching operator, or nothing. */
const keepValue = (from: FilterOp, to: FilterOp, value: unknown) => {
  const shape = (op: FilterOp) =>
    listOps.has(op)
      ? 'list'
      : op === 'between'
        ? 'pair'
        : ['is_empty', 'is_not_empty'].includes(op)
          ? 'none'
          : ['within_last_days', 'older_than_days'].includes(op)
            ? 'days'
            : 'one';
  if (shape(from) === shape(to)) return value;
  if (shape(from) === 'one' && shape(to) === 'list' && value !== undefined) return [value];
  return undefined;
};

/** One `field op value` row of the filter builder. */
export const FilterConditionRow = ({
  condition,
  fields,
  byKey,
  showProblems,
  onChange,
  onRemove,
}: FilterConditionRowProps) => {
  const { t } = useTranslation();
  const field = byKey.get(condition.field);
  const invalid = showProblems && conditionProblem(condition, byKey) !== undefined;
  const groups = (['profile', 'activity', 'scores', 'custom'] as const)
    .map((group) => ({
      label: t(`customerTable.fieldGroups.${group}`),
      options: fields.filter((f) => f.group === group).map((f) => ({ value: f.key, label: f.label })),
    }))
    .filter((g) => g.options.length > 0);
  const opLabel = (op: FilterOp) =>
    field?.type === 'date' && dateWords.has(op)
      ? t(`customerTable.filter.dateOps.${op as 'eq' | 'lt' | 'lte' | 'gt' | 'gte'}`)
      : t(`customerTable.filter.ops.${op}`);

  return (
    <Flex gap={8} align="flex-start" wrap data-testid="filter-condition">
      <Select<string>
        style={{ width: 180 }}
        value={field ? condition.field : undefined}
        status={field ? undefined : 'error'}
        options={groups}
        placeholder={t('customerTable.filter.field')}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(key) => {
          const next = byKey.get(key)!;
          onChange({ field: key, op: opsByType[next.type][0]! });
        }}
        aria-label={t('customerTable.filter.field')}
        data-testid="filter-field"
      />
      <Select<FilterOp>
        style={{ width: 170 }}
        value={condition.op}
        disabled={!field}
        options={(field ? opsByType[field.type] : []).map((op) => ({ value: op, label: opLabel(op) }))}
        onChange={(op) => onChange({ ...condition, op, value: keepValue(condition.op, op, condition.value) })}
        aria-label={t('customerTable.filter.op')}
        data-testid="filter-op"
      />
      <div style={{ flex: '1 1 200px', minWidth: 200 }}>
        {field && (
          <FilterValueInput
            field={field}
            op={condition.op}
            value={condition.value}
            invalid={invalid}
            onChange={(value) =>
              onChange(
                value === undefined ? { field: condition.field, op: condition.op } : { ...condition, value },
              )
            }
          />
        )}
      </div>
      <Button
        type="text"
        icon={<DeleteOutlined />}
        onClick={onRemove}
        aria-label={t('customerTable.filter.removeCondition')}
        title={t('customerTable.filter.removeCondition')}
        data-testid="filter-remove-condition"
      />
    </Flex>
  );
};
