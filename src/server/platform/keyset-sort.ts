import { sql, type RawBuilder } from 'kysely';
import { AppError } from '../../shared/errors';
import { decodeCursor } from './keyset';

/** What a sort column holds, so a cursor's values can be checked before they reach SQL. */
export type SortValueKind = 'text' | 'number' | 'time' | 'date' | 'boolean' | 'id';

/**
 * One column of a keyset ordering: the SQL that reads it, its direction, and whether it can be
 * null. Nullable columns sort nulls last both ways; NOT NULL columns use the database's default
 * null ordering, so one plain index serves them ascending and descending.
 */
export type SortColumn = {
  expression: RawBuilder<unknown>;
  descending: boolean;
  kind: SortValueKind;
  nullable: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fits: Record<SortValueKind, (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  time: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  boolean: (v) => typeof v === 'boolean',
  id: (v) => typeof v === 'string' && UUID.test(v),
};

/**
 * The value a cursor keeps for a column. Times travel as the database's own text, which keeps
 * microseconds: a JavaScript Date would round them to milliseconds and skip rows between.
 */
export const sortValue = (c: SortColumn): RawBuilder<unknown> =>
  c.kind === 'time' ? sql`(${c.expression})::text` : sql`${c.expression}`;

/** A cursor's values for this ordering; a forged or stale cursor is a 400, never a SQL error. */
export const decodeSortCursor = (cursor: string | undefined, columns: readonly SortColumn[]) => {
  const values = decodeCursor(cursor, columns.length);
  if (values && !values.every((v, i) => (v === null && columns[i]!.nullable) || fits[columns[i]!.kind](v)))
    throw new AppError(
      'INVALID_INPUT',
      'The cursor is not valid for this sort; start again from the first page.',
      {
        issues: [{ path: 'cursor', message: 'not a cursor this list returned' }],
      },
    );
  return values;
};

export const orderBySql = (columns: readonly SortColumn[]): RawBuilder<unknown> =>
  sql.join(
    columns.map(
      (c) =>
        sql`${c.expression} ${sql.raw(c.descending ? 'DESC' : 'ASC')}${sql.raw(c.nullable ? ' NULLS LAST' : '')}`,
    ),
    sql`, `,
  );

/** Rows strictly after `value` in this column's order (nulls last in both directions). */
const after = (c: SortColumn, value: unknown): RawBuilder<boolean> => {
  if (value === null) return sql<boolean>`FALSE`;
  const op = sql.raw(c.descending ? '<' : '>');
  return sql<boolean>`(${c.expression} ${op} ${value} OR ${c.expression} IS NULL)`;
};

const equal = (c: SortColumn, value: unknown): RawBuilder<boolean> =>
  value === null ? sql<boolean>`${c.expression} IS NULL` : sql<boolean>`${c.expression} = ${value}`;

/**
 * The condition for "rows after the cursor" under a multi-column ordering. When every column
 * runs the same way and no cursor value is null it is a row comparison, which an index on the
 * same columns serves directly; otherwise the equivalent chain of ORs.
 */
export const keysetAfter = (
  columns: readonly SortColumn[],
  values: readonly unknown[],
): RawBuilder<boolean> => {
  const sameDirection = columns.every((c) => c.descending === columns[0]!.descending);
  if (sameDirection && values.every((v) => v !== null)) {
    const op = sql.raw(columns[0]!.descending ? '<' : '>');
    return sql<boolean>`(${sql.join(columns.map((c) => c.expression))}) ${op} (${sql.join(values.map((v) => sql`${v}`))})`;
  }
  const branches = columns.map((c, i) => {
    const ties = columns.slice(0, i).map((prev, j) => equal(prev, values[j]));
    return sql<boolean>`(${sql.join([...ties, after(c, values[i])], sql` AND `)})`;
  });
  return sql<boolean>`(${sql.join(branches, sql` OR `)})`;
};
