import { sql, type RawBuilder } from 'kysely';
import { AppError } from '../../../shared/errors';
import {
  FilterSchema,
  isCondition,
  validateFilter,
  type FieldDescriptor,
  type FilterCondition,
  type FilterNode,
} from '../../../shared/filter/filter';

/** A field the filter language may use: its type and the SQL expression that reads it. */
export type FieldDefinition = FieldDescriptor & { expression: RawBuilder<unknown> };
export type FieldRegistry = ReadonlyMap<string, FieldDefinition>;

export const fieldRegistry = (fields: FieldDefinition[]): FieldRegistry =>
  new Map(fields.map((f) => [f.key, f]));

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const list = (values: unknown[]) => sql.join(values.map((v) => sql`${v}`));

const compileCondition = (c: FilterCondition, field: FieldDefinition): RawBuilder<boolean> => {
  const col = field.expression;
  const v = c.value;
  switch (c.op) {
    case 'eq':
      return sql<boolean>`${col} = ${v}`;
    case 'neq':
      return sql<boolean>`${col} IS DISTINCT FROM ${v}`;
    case 'lt':
      return sql<boolean>`${col} < ${v}`;
    case 'lte':
      return sql<boolean>`${col} <= ${v}`;
    case 'gt':
      return sql<boolean>`${col} > ${v}`;
    case 'gte':
      return sql<boolean>`${col} >= ${v}`;
    case 'between': {
      const [from, to] = v as [unknown, unknown];
      return sql<boolean>`${col} BETWEEN ${from} AND ${to}`;
    }
    case 'in':
      return sql<boolean>`${col} IN (${list(v as unknown[])})`;
    case 'not_in':
      return sql<boolean>`(${col} IS NULL OR ${col} NOT IN (${list(v as unknown[])}))`;
    case 'contains':
      return sql<boolean>`${col} ILIKE ${`%${escapeLike(String(v))}%`}`;
    case 'starts_with':
      return sql<boolean>`${col} ILIKE ${`${escapeLike(String(v))}%`}`;
    case 'is_empty':
      if (field.type === 'tags') return sql<boolean>`coalesce(cardinality(${col}), 0) = 0`;
      if (field.type === 'text') return sql<boolean>`coalesce(${col}, '') = ''`;
      return sql<boolean>`${col} IS NULL`;
    case 'is_not_empty':
      if (field.type === 'tags') return sql<boolean>`coalesce(cardinality(${col}), 0) > 0`;
      if (field.type === 'text') return sql<boolean>`coalesce(${col}, '') <> ''`;
      return sql<boolean>`${col} IS NOT NULL`;
    case 'within_last_days':
      return sql<boolean>`${col} >= now() - make_interval(days => ${v as number})`;
    case 'older_than_days':
      return sql<boolean>`${col} < now() - make_interval(days => ${v as number})`;
    case 'has_any':
      return sql<boolean>`${col} && ${v}::text[]`;
    case 'has_all':
      return sql<boolean>`${col} @> ${v}::text[]`;
    case 'has_none':
      return sql<boolean>`NOT coalesce(${col} && ${v}::text[], false)`;
  }
};

const compileNode = (node: FilterNode, fields: FieldRegistry): RawBuilder<boolean> => {
  if (isCondition(node)) return compileCondition(node, fields.get(node.field)!);
  if ('not' in node) return sql<boolean>`NOT (${compileNode(node.not, fields)})`;
  const [children, joiner, empty] =
    'and' in node ? [node.and, ' AND ', sql<boolean>`TRUE`] : [node.or, ' OR ', sql<boolean>`FALSE`];
  if (children.length === 0) return empty;
  return sql<boolean>`(${sql.join(
    children.map((child) => compileNode(child, fields)),
    sql.raw(joiner),
  )})`;
};

/**
 * Turns a filter tree from a request into a parameterised SQL condition. Only fields in the
 * registry and operators fitting their type get through; anything else is INVALID_INPUT naming
 * the field. Values always travel as parameters, never as SQL text.
 */
export const compileFilter = (input: unknown, fields: FieldRegistry): RawBuilder<boolean> => {
  const parsed = FilterSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', 'The filter is not in the filter language.', {
      issues: parsed.error.issues.map((i) => ({ path: ['filter', ...i.path].join('.'), message: i.message })),
    });
  }
  const issues = validateFilter(parsed.data, fields);
  if (issues.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `The filter cannot be used: ${issues.map((i) => i.message).join('; ')}`,
      { issues },
    );
  }
  return compileNode(parsed.data, fields);
};
