import { describe, expect, it } from 'vitest';
import { buildCohorts } from './cohorts';
import { groupPurchases } from './transactions';

const history = groupPurchases([
  { customerId: 'a', date: '2024-01-05', amount: 10 },
  { customerId: 'a', date: '2024-01-05', amount: 5 },
  { customerId: 'a', date: '2024-03-20', amount: 20 },
  { customerId: 'b', date: '2024-01-31', amount: 7 },
  { customerId: 'c', date: '2024-02-01' },
  { customerId: 'c', date: '2024-02-10', amount: 3 },
  { customerId: 'c', date: '2024-04-01', amount: 4 },
]);

describe('buildCohorts', () => {
  it('counts monthly acquisition cohorts by months since the first purchase', () => {
    expect(buildCohorts(history, 'month')).toEqual([
      {
        cohort: '2024-01',
        size: 2,
        active: [2, 0, 1, 0],
        retention: [1, 0, 0.5, 0],
        revenue: [22, 0, 20, 0],
        repeatRate: 0.5,
      },
      {
        cohort: '2024-02',
        size: 1,
        active: [1, 0, 1],
        retention: [1, 0, 1],
        revenue: [3, 0, 4],
        repeatRate: 1,
      },
    ]);
  });

  it('labels quarters and Monday-start weeks', () => {
    expect(buildCohorts(history, 'quarter').map((c) => [c.cohort, c.size, c.active])).toEqual([
      ['2024-Q1', 3, [3, 1]],
    ]);
    const weeks = buildCohorts(history, 'week');
    // 2024-01-05 is a Friday: its week starts on Monday 2024-01-01.
    expect(weeks[0]).toMatchObject({ cohort: '2024-01-01', size: 1 });
    expect(weeks.map((w) => w.cohort)).toEqual(['2024-01-01', '2024-01-29']);
    expect(weeks[1]!.size).toBe(2);
  });

  it('returns no cohorts for no purchases', () => {
    expect(buildCohorts(new Map())).toEqual([]);
  });
});
