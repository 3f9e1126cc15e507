import { describe, expect, it } from 'vitest';
import { FilterSchema, validateFilter, type FieldDescriptor, type FilterNode } from './filter';

const fields = new Map<string, FieldDescriptor>(
  [
    { key: 'city', type: 'text' },
    { key: 'revenue', type: 'money' },
    { key: 'last_order_at', type: 'date' },
    { key: 'tier', type: 'enum', options: ['high', 'medium', 'low'] },
    { key: 'tags', type: 'tags' },
  ].map((f) => [f.key, f as FieldDescriptor]),
);

describe('the filter language', () => {
  it('accepts a nested tree of known fields with fitting values', () => {
    const filter: FilterNode = {
      and: [
        { field: 'city', op: 'eq', value: '上海' },
        {
          or: [
            { field: 'revenue', op: 'gte', value: 100000 },
            { field: 'tier', op: 'in', value: ['high'] },
          ],
        },
        { not: { field: 'last_order_at', op: 'within_last_days', value: 90 } },
      ],
    };
    expect(FilterSchema.parse(filter)).toEqual(filter);
    expect(validateFilter(filter, fields)).toEqual([]);
  });

  it('rejects a malformed tree before it reaches the field registry', () => {
    expect(FilterSchema.safeParse({ field: 'city; DROP TABLE x', op: 'eq', value: 'a' }).success).toBe(false);
    expect(FilterSchema.safeParse({ field: 'city', op: 'like', value: 'a' }).success).toBe(false);
    expect(
      FilterSchema.safeParse({ and: [{ field: 'city', op: 'eq', value: 'a', sql: '1=1' }] }).success,
    ).toBe(false);
  });

  it('names the field and says what to fix', () => {
    expect(
      validateFilter(
        {
          and: [
            { field: 'nope', op: 'eq', value: 1 },
            { field: 'revenue', op: 'contains', value: 'x' },
            { field: 'tier', op: 'eq', value: 'gold' },
            { field: 'last_order_at', op: 'between', value: ['2026-01-01'] },
          ],
        },
        fields,
      ),
    ).toEqual([
      { path: 'filter.nope', message: 'unknown field nope' },
      {
        path: 'filter.revenue',
        message: expect.stringContaining('contains does not apply to a money field'),
      },
      { path: 'filter.tier', message: 'eq: value must be one of high, medium, low' },
      { path: 'filter.last_order_at', message: 'between: value must be [from, to]' },
    ]);
  });

  it('refuses trees that are too deep or too large', () => {
    let deep: FilterNode = { field: 'city', op: 'eq', value: 'a' };
    for (let i = 0; i < 8; i++) deep = { not: deep };
    expect(validateFilter(deep, fields)[0]!.message).toMatch(/deeper/);
    const wide = {
      or: Array.from({ length: 50 }, () => ({
        and: [
          { field: 'city', op: 'eq' as const, value: 'a' },
          { field: 'city', op: 'eq' as const, value: 'b' },
        ],
      })),
    };
    expect(validateFilter(wide, fields)[0]!.message).toMatch(/more than 50/);
  });
});
