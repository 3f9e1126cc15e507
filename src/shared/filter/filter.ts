import { z } from 'zod';

/**
 * The one filter language: a JSON tree of and/or/not over `{ field, op, value }` conditions.
 * Table filters, saved views, segments, exports, bulk actions and audiences all use it; the server
 * compiles it to parameterised SQL against a registry of known fields.
 */
export const fieldTypes = ['text', 'number', 'money', 'date', 'boolean', 'enum', 'tags', 'user'] as const;
export type FieldType = (typeof fieldTypes)[number];

export const filterOps = [
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'in',
  'not_in',
  'contains',
  'starts_with',
  'is_empty',
  'is_not_empty',
  'within_last_days',
  'older_than_days',
  'has_any',
  'has_all',
  'has_none',
] as const;
export type FilterOp = (typeof filterOps)[number];

/** Which operators make sense for each type of field. */
export const opsByType: Record<FieldType, readonly FilterOp[]> = {
  text: ['eq', 'neq', 'contains', 'starts_with', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  number: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'is_empty', 'is_not_empty'],
  money: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'is_empty', 'is_not_empty'],
  date: [
    'eq',
    'lt',
    'lte',
    'gt',
    'gte',
    'between',
    'within_last_days',
    'older_than_days',
    'is_empty',
    'is_not_empty',
  ],
  boolean: ['eq', 'is_empty', 'is_not_empty'],
  enum: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  tags: ['has_any', 'has_all', 'has_none', 'is_empty', 'is_not_empty'],
  user: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
};

export type FilterCondition = { field: string; op: FilterOp; value?: unknown };
export type FilterNode = { and: FilterNode[] } | { or: FilterNode[] } | { not: FilterNode } | FilterCondition;

export const MAX_FILTER_DEPTH = 6;
export const MAX_FILTER_CONDITIONS = 50;

const ConditionSchema = z
  .object({
    field: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z][a-z0-9_.]*$/, { message: 'must be a field key such as city or custom.vip_level' }),
    op: z.enum(filterOps),
    value: z.unknown().optional(),
  })
  .strict();

export const FilterSchema: z.ZodType<FilterNode> = z.lazy(() =>
  z.union([
    z.object({ and: z.array(FilterSchema).max(MAX_FILTER_CONDITIONS) }).strict(),
    z.object({ or: z.array(FilterSchema).max(MAX_FILTER_CONDITIONS) }).strict(),
    z.object({ not: FilterSchema }).strict(),
    ConditionSchema,
  ]),
);

export const isCondition = (node: FilterNode): node is FilterCondition => 'field' in node;

/** Every condition in the tree, with its depth. */
export const conditionsOf = (
  node: FilterNode,
  depth = 1,
): { condition: FilterCondition; depth: number }[] => {
  if (isCondition(node)) return [{ condition: node, depth }];
  if ('not' in node) return conditionsOf(node.not, depth + 1);
  const children = 'and' in node ? node.and : node.or;
  return children.flatMap((child) => conditionsOf(child, depth + 1));
};

export type FieldDescriptor = { key: string; type: FieldType; options?: readonly string[] };

export type FilterIssue = { path: string; message: string };

const isIsoDate = (v: unknown) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** What the value of a condition must look like; undefined when it is right. */
export const valueProblem = (field: FieldDescriptor, op: FilterOp, value: unknown): string | undefined => {
  if (op === 'is_empty' || op === 'is_not_empty')
    return value === undefined ? undefined : `${op} takes no value`;
  if (op === 'within_last_days' || op === 'older_than_days') {
    return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'must be a whole number of days';
  }
  const scalar = (v: unknown): string | undefined => {
    switch (field.type) {
      case 'number':
      case 'money':
        return isNumber(v) ? undefined : 'must be a number';
      case 'date':
        return isIsoDate(v) ? undefined : 'must be a date such as 2026-01-31';
      case 'boolean':
        return typeof v === 'boolean' ? undefined : 'must be true or false';
      case 'enum':
      case 'tags':
        if (typeof v !== 'string') return 'must be text';
        return field.options && !field.options.includes(v)
          ? `must be one of ${field.options.join(', ')}`
          : undefined;
      default:
        return typeof v === 'string' && v.length <= 500
          ? undefined
          : 'must be text of at most 500 characters';
    }
  };
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) return 'must be [from, to]';
    return scalar(value[0]) ?? scalar(value[1]);
  }
  if (['in', 'not_in', 'has_any', 'has_all', 'has_none'].includes(op)) {
    if (!Array.isArray(value) || value.length === 0 || value.length > 500)
      return 'must be a list of 1 to 500 values';
    for (const v of value) {
      const problem = scalar(v);
      if (problem) return `each value ${problem}`;
    }
    return undefined;
  }
  return scalar(value);
};

/** Checks a parsed tree against the known fields; an empty list means the filter can be compiled. */
export const validateFilter = (
  node: FilterNode,
  fields: ReadonlyMap<string, FieldDescriptor>,
): FilterIssue[] => {
  const issues: FilterIssue[] = [];
  const all = conditionsOf(node);
  if (all.length > MAX_FILTER_CONDITIONS)
    issues.push({ path: 'filter', message: `has more than ${MAX_FILTER_CONDITIONS} conditions` });
  if (all.some((c) => c.depth > MAX_FILTER_DEPTH))
    issues.push({ path: 'filter', message: `nests deeper than ${MAX_FILTER_DEPTH} levels` });
  for (const { condition } of all) {
    const field = fields.get(condition.field);
    const path = `filter.${condition.field}`;
    if (!field) {
      issues.push({ path, message: `unknown field ${condition.field}` });
      continue;
    }
    if (!opsByType[field.type].includes(condition.op)) {
      issues.push({
        path,
        message: `${condition.op} does not apply to a ${field.type} field; use ${opsByType[field.type].join(', ')}`,
      });
      continue;
    }
    const problem = valueProblem(field, condition.op, condition.value);
    if (problem) issues.push({ path, message: `${condition.op}: value ${problem}` });
  }
  return issues;
};
