import { describe, expect, it } from 'vitest';
import { cleanDefinition, cycleSort, defaultDefinition, sameDefinition } from './table-definition';
import { exportUrl } from './export-url';

describe('cycleSort', () => {
  it('adds a column ascending, reverses it, then drops it, keeping the others in order', () => {
    expect(cycleSort('', 'name')).toBe('name');
    expect(cycleSort('name', 'revenue')).toBe('name,revenue');
    expect(cycleSort('name,revenue', 'revenue')).toBe('name,-revenue');
    expect(cycleSort('name,-revenue', 'revenue')).toBe('name');
    expect(cycleSort('-revenue,name', 'revenue')).toBe('name');
  });

  it('refuses a fifth sort column', () => {
    expect(cycleSort('a,b,c,d', 'e')).toBeNull();
    expect(cycleSort('a,b,c,d', 'd')).toBe('a,b,c,-d');
  });
});

describe('sameDefinition', () => {
  it('ignores key order (jsonb reorders keys), empty parts and the default page size', () => {
    const saved = {
      ...defaultDefinition(),
      filter: { and: [{ op: 'eq', field: 'city', value: '上海市' }] },
    };
    const draft = {
      columns: defaultDefinition().columns,
      sort: '',
      q: '  ',
      filter: { and: [{ field: 'city', op: 'eq', value: '上海市' }] },
    };
    expect(sameDefinition(saved, draft)).toBe(true);
  });

  it('notices a changed width, sort, filter value or an emptied filter', () => {
    const base = { ...defaultDefinition(), filter: { and: [{ field: 'city', op: 'eq', value: 'A' }] } };
    expect(sameDefinition(base, { ...base, sort: 'name' })).toBe(false);
    expect(
      sameDefinition(base, { ...base, filter: { and: [{ field: 'city', op: 'eq', value: 'B' }] } }),
    ).toBe(false);
    expect(sameDefinition(base, { ...base, columns: [{ key: 'name', width: 300 }] })).toBe(false);
    expect(sameDefinition(base, { ...base, filter: { and: [] } })).toBe(false);
    expect(sameDefinition({ ...base, filter: { and: [] } }, { ...base, filter: undefined })).toBe(true);
  });
});

describe('cleanDefinition', () => {
  it('drops an empty filter, blank search and missing segment before saving', () => {
    expect(
      cleanDefinition({
        columns: [{ key: 'name' }],
        sort: '-revenue',
        filter: { or: [] },
        q: ' ',
        pageSize: 25,
      }),
    ).toEqual({ columns: [{ key: 'name' }], sort: '-revenue', pageSize: 25 });
  });
});

describe('exportUrl', () => {
  it('carries the selection, sort, columns and ids of the table', () => {
    const url = new URL(
      exportUrl({
        format: 'xlsx',
        q: ' zs ',
        filter: { and: [{ field: 'category', op: 'eq', value: 'vip' }] },
        segmentId: 'seg-1',
        sort: '-revenue,name',
        columns: ['name', 'revenue', 'custom.vip_level'],
        ids: ['a', 'b'],
        deleted: true,
      }),
      'http://kehu.test',
    );
    expect(url.pathname).toBe('/api/v1/customers/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'xlsx',
      q: 'zs',
      filter: '{"and":[{"field":"category","op":"eq","value":"vip"}]}',
      segmentId: 'seg-1',
      sort: '-revenue,name',
      columns: 'name,revenue,custom.vip_level',
      ids: 'a,b',
      deleted: 'true',
    });
  });

  it('leaves out what is not set', () => {
    expect(exportUrl({ format: 'csv', columns: ['name'] })).toBe(
      '/api/v1/customers/export?format=csv&columns=name',
    );
  });
});
