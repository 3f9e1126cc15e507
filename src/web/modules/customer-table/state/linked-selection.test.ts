import { describe, expect, it } from 'vitest';
import { linkedSelection } from './linked-selection';

const params = (query: Record<string, string>) => new URLSearchParams(query);

describe('linked selection', () => {
  it('reads the filter tree and sort a dashboard link carries', () => {
    const filter = {
      and: [
        { field: 'rfm_r', op: 'eq', value: 5 },
        { field: 'rfm_f', op: 'eq', value: 4 },
      ],
    };
    expect(linkedSelection(params({ filter: JSON.stringify(filter), sort: '-value_at_risk' }))).toEqual({
      filter,
      sort: '-value_at_risk',
    });
  });

  it('ignores a filter that is not JSON or not a filter tree, and a malformed sort', () => {
    expect(linkedSelection(params({ filter: '{not json', sort: 'name;drop' }))).toEqual({});
    expect(linkedSelection(params({ filter: JSON.stringify({ field: 'city', op: 'like' }) }))).toEqual({});
  });

  it('is empty without parameters', () => {
    expect(linkedSelection(params({}))).toEqual({});
  });
});
