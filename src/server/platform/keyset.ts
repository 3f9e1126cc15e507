import { AppError } from '../../shared/errors';

/** Opaque keyset cursors: the sort values of the last row, base64url-encoded JSON. */
export const encodeCursor = (values: unknown[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

const invalidCursor = () =>
  new AppError('INVALID_INPUT', 'The cursor is not valid; start again from the first page.', {
    issues: [{ path: 'cursor', message: 'not a cursor this list returned' }],
  });

export const decodeCursor = (cursor: string | undefined, arity: number): unknown[] | undefined => {
  if (!cursor) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For lists ordered by id alone: the id to continue after, checked so a forged cursor is a 400, not a SQL error. */
export const decodeIdCursor = (cursor: string | undefined): string | undefined => {
  const values = decodeCursor(cursor, 1);
  if (!values) return undefined;
  if (typeof values[0] !== 'string' || !UUID.test(values[0])) throw invalidCursor();
  return values[0];
};

/** Splits a fetched page of `limit + 1` rows into the page and the cursor for the next. */
export const pageFrom = <T>(rows: T[], limit: number, cursorOf: (row: T) => unknown[]) => {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
};
