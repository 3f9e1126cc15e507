import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { decodeCursor, encodeCursor, pageFrom } from './keyset';

describe('keyset cursors', () => {
  it('round-trips the sort values of the last row', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01', 'abc']), 2)).toEqual(['2026-01-01', 'abc']);
  });

  it('rejects a cursor it did not make with INVALID_INPUT', () => {
    expect(() => decodeCursor('not-a-cursor', 1)).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor([1, 2]), 1)).toThrow(/cursor/);
  });

  it('gives a next cursor only when there is another page', () => {
    expect(pageFrom([1, 2, 3], 2, (n) => [n])).toEqual({ data: [1, 2], nextCursor: encodeCursor([2]) });
    expect(pageFrom([1, 2], 2, (n) => [n])).toEqual({ data: [1, 2], nextCursor: null });
  });
});
