import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { databaseKinds, openTestDatabase } from '../../../../test/support/test-database';
import { compileFilter, fieldRegistry } from './compile-filter';

const fields = fieldRegistry([
  { key: 'name', type: 'text', expression: sql`name` },
  { key: 'city', type: 'text', expression: sql`city` },
  { key: 'revenue', type: 'money', expression: sql`revenue_cents` },
  { key: 'last_order_at', type: 'date', expression: sql`last_order_at` },
  { key: 'tier', type: 'enum', options: ['high', 'medium', 'low'], expression: sql`tier` },
  { key: 'tags', type: 'tags', expression: sql`tags` },
  { key: 'vip', type: 'boolean', expression: sql`vip` },
]);

const rows = [
  {
    name: '张三',
    city: '上海',
    revenue: 120000,
    days: 10,
    tier: 'high',
    tags: ['vip', 'wholesale'],
    vip: true,
  },
  { name: '李四', city: '北京', revenue: 5000, days: 200, tier: 'low', tags: [], vip: false },
  {
    name: 'Ann 50%_off',
    city: 'London',
    revenue: 0,
    days: null,
    tier: null,
    tags: ['newsletter'],
    vip: null,
  },
  { name: '王五', city: '', revenue: 80000, days: 45, tier: 'medium', tags: ['vip'], vip: false },
];

describe.each(databaseKinds)('the filter compiler on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = (await openTestDatabase(kind)).database;
    await sql`CREATE TABLE probe (name text, city text, revenue_cents bigint, last_order_at timestamptz, tier text, tags text[], vip boolean)`.execute(
      database.db,
    );
    for (const r of rows) {
      await sql`INSERT INTO probe VALUES (${r.name}, ${r.city}, ${r.revenue},
        ${r.days === null ? null : new Date(Date.now() - r.days * 86_400_000)}, ${r.tier}, ${r.tags}::text[], ${r.vip})`.execute(
        database.db,
      );
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  const names = async (filter: unknown) => {
    const { rows: found } = await sql<{
      name: string;
    }>`SELECT name FROM probe WHERE ${compileFilter(filter, fields)} ORDER BY name`.execute(database.db);
    return found.map((r) => r.name);
  };

  it.each([
    [{ field: 'city', op: 'eq', value: '上海' }, ['张三']],
    [{ field: 'revenue', op: 'gte', value: 80000 }, ['张三', '王五']],
    [{ field: 'revenue', op: 'between', value: [1, 100000] }, ['李四', '王五']],
    [{ field: 'tier', op: 'not_in', value: ['high'] }, ['Ann 50%_off', '李四', '王五']],
    [{ field: 'name', op: 'contains', value: '50%_' }, ['Ann 50%_off']],
    [{ field: 'name', op: 'contains', value: '%' }, ['Ann 50%_off']],
    [{ field: 'city', op: 'is_empty' }, ['王五']],
    [{ field: 'tags', op: 'has_any', value: ['wholesale', 'newsletter'] }, ['Ann 50%_off', '张三']],
    [{ field: 'tags', op: 'has_all', value: ['vip', 'wholesale'] }, ['张三']],
    [{ field: 'tags', op: 'has_none', value: ['vip'] }, ['Ann 50%_off', '李四']],
    [{ field: 'tags', op: 'is_empty' }, ['李四']],
    [{ field: 'last_order_at', op: 'within_last_days', value: 60 }, ['张三', '王五']],
    [{ field: 'last_order_at', op: 'older_than_days', value: 60 }, ['李四']],
    [{ field: 'last_order_at', op: 'is_empty' }, ['Ann 50%_off']],
    [{ field: 'vip', op: 'eq', value: false }, ['李四', '王五']],
    [
      {
        and: [
          { field: 'tags', op: 'has_any', value: ['vip'] },
          { not: { field: 'city', op: 'eq', value: '上海' } },
        ],
      },
      ['王五'],
    ],
    [
      {
        or: [
          { field: 'tier', op: 'eq', value: 'low' },
          { field: 'revenue', op: 'eq', value: 0 },
        ],
      },
      ['Ann 50%_off', '李四'],
    ],
    [{ and: [] }, ['Ann 50%_off', '张三', '李四', '王五']],
  ])('%j matches %j', async (filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  it('keeps values out of the SQL text', async () => {
    const injection = "x'; DROP TABLE probe; --";
    expect(await names({ field: 'name', op: 'eq', value: injection })).toEqual([]);
    expect(await names({ field: 'name', op: 'contains', value: 'Ann' })).toEqual(['Ann 50%_off']);
  });

  it('rejects unknown fields and unfit operators with INVALID_INPUT naming the field', () => {
    expect(() => compileFilter({ field: 'password', op: 'eq', value: 'x' }, fields)).toThrow(
      /unknown field password/,
    );
    expect(() => compileFilter({ field: 'vip', op: 'contains', value: 'x' }, fields)).toThrow(
      /does not apply to a boolean/,
    );
    expect(() => compileFilter({ field: 'name', op: 'eq', value: 'x', extra: 1 }, fields)).toThrow(
      /not in the filter language/,
    );
  });
});
