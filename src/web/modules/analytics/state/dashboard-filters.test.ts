import { describe, expect, it } from 'vitest';
import { filtersFromParams, narrowsCustomers, paramsOfFilters } from './dashboard-filters';

describe('dashboard filters', () => {
  it('reads segment, owner, channel, period and months from the URL', () => {
    const filters = filtersFromParams(
      new URLSearchParams({ segment: 's1', owner: 'u1', channel: 'wechat', days: '90', months: '12' }),
    );
    expect(filters).toEqual({ segmentId: 's1', owner: 'u1', channel: 'wechat', days: '90', months: 12 });
    expect(narrowsCustomers(filters)).toBe(true);
  });

  it('falls back to 30 days and 24 months for missing or unknown values', () => {
    const filters = filtersFromParams(new URLSearchParams({ days: '45', months: '7' }));
    expect(filters).toEqual({ days: '30', months: 24 });
    expect(narrowsCustomers(filters)).toBe(false);
  });

  it('leaves defaults out of the URL and round-trips the rest', () => {
    expect(paramsOfFilters({ days: '30', months: 24 })).toEqual({
      segment: undefined,
      owner: undefined,
      channel: undefined,
      days: undefined,
      months: undefined,
    });
    const filters = { owner: 'u2', days: '365', months: 36 } as const;
    const params = new URLSearchParams(
      Object.entries(paramsOfFilters(filters)).filter((e): e is [string, string] => !!e[1]),
    );
    expect(filtersFromParams(params)).toEqual(filters);
  });
});
