import { describe, expect, it } from 'vitest';
import { customersLink } from './customers-link';

describe('customers link', () => {
  it('carries the filter tree as JSON and the sort, encoded for a URL', () => {
    const filter = { and: [{ field: 'rfm_segment', op: 'eq', value: "Can't Lose Them" }] };
    const link = customersLink(filter, '-value_at_risk');
    expect(link.startsWith('/customers?')).toBe(true);
    const params = new URLSearchParams(link.slice('/customers?'.length));
    expect(JSON.parse(params.get('filter')!)).toEqual(filter);
    expect(params.get('sort')).toBe('-value_at_risk');
  });

  it('leaves the sort out when there is none', () => {
    expect(new URLSearchParams(customersLink({ and: [] }).split('?')[1]).has('sort')).toBe(false);
  });
});
