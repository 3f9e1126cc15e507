import { Skeleton } from 'antd';
import { conditionsOf, isCondition, type FilterNode } from '../../../../shared/filter/filter';
import { useFieldCatalog, type CatalogField } from '../hooks/use-field-catalog';
import { conditionProblem } from './FilterConditionRow';
import { FilterGroup, type FilterGroupNode } from './FilterGroup';

type FilterBuilderProps = {
  /** The filter tree being edited; undefined means no filter. */
  value: FilterNode | undefined;
  onChange: (value: FilterNode | undefined) => void;
  /** Fields to offer; defaults to every customer field of the organisation, custom ones included. */
  fields?: CatalogField[];
  /** Mark unfinished or invalid conditions in red (e.g. after a failed Apply). */
  showProblems?: boolean;
};

/** The builder always edits a group at the top, so a lone condition is wrapped in one. */
export const asGroup = (value: FilterNode | undefined): FilterGroupNode => {
  if (!value) return { and: [] };
  if ('and' in value || 'or' in value) return value;
  return { and: [value] };
};

/** How many conditions of a tree the server would refuse (unknown field, wrong operator, bad value). */
export const countFilterProblems = (
  value: FilterNode | undefined,
  byKey: ReadonlyMap<string, CatalogField>,
) =>
  value
    ? conditionsOf(value).filter(({ condition }) => conditionProblem(condition, byKey) !== undefined).length
    : 0;

/** The tree to send: undefined when it holds no condition at all. */
export const filterOrNothing = (value: FilterNode | undefined): FilterNode | undefined =>
  value && (isCondition(value) || conditionsOf(value).length > 0) ? value : undefined;

/**
 * Edits a filter tree (the shared filter language): and/or groups of `field op value` rows whose
 * value input follows the field's type. Controlled: `value` in, every edit out through `onChange`.
 */
export const FilterBuilder = ({ value, onChange, fields, showProblems = true }: FilterBuilderProps) => {
  const catalog = useFieldCatalog();
  const list = fields ?? catalog.fields;
  const byKey = fields ? new Map(fields.map((f) => [f.key, f])) : catalog.byKey;
  if (!fields && catalog.loading) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <FilterGroup
      node={asGroup(value)}
      fields={list}
      byKey={byKey}
      depth={0}
      showProblems={showProblems}
      onChange={(node) => onChange(node)}
    />
  );
};
