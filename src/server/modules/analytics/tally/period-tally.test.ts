import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../shared/analytics/day-number';
import { createPeriodTally } from './period-tally';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return dayNumber({ year, month, day });
};

describe('period tally', () => {
  // As of 2026-06-30 with churn after 60 idle days.
  const asOf = d('2026-06-30');

  it('counts active, new, transactions, revenue, churn and its base per month, worked by hand', () => {
    const t = createPeriodTally('month', asOf, 60);
    // A: bought 01-10 and 01-20, then nothing: 60 days after 01-20 is 03-21, so churned in March.
    t.add([d('2026-01-10'), d('2026-01-20')], [100, 200]);
    // B: bought 02-01, lapsed on 04-02, came back 04-20 (before April ended): not churned in April.
    t.add([d('2026-02-01'), d('2026-04-20')], [50, 70]);
    const rows = t.rows();
    expect(rows.map((r) => r.start)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
    expect(rows.map((r) => r.active)).toEqual([1, 1, 0, 1, 0, 0]);
    expect(rows.map((r) => r.new_customers)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(rows.map((r) => r.transactions)).toEqual([2, 1, 0, 1, 0, 0]);
    expect(rows.map((r) => r.revenue_cents)).toEqual([300, 50, 0, 70, 0, 0]);
    // B lapses again 60 days after 04-20, on 06-19, and is not back by the refresh day.
    expect(rows.map((r) => r.churned)).toEqual([0, 0, 1, 0, 0, 1]);
    // Base: a purchase within [start − 60, end]. A: Jan–Mar; B: Feb–Jun.
    expect(rows.map((r) => r.churn_base)).toEqual([1, 2, 2, 1, 1, 1]);
  });

  it('counts a customer once per quarter however many purchases fall in it', () => {
    const t = createPeriodTally('quarter', asOf, 60);
    t.add([d('2026-01-10'), d('2026-01-20'), d('2026-03-01')], [1, 1, 1]);
    expect(t.rows().map((r) => [r.start, r.active, r.transactions, r.churned, r.churn_base])).toEqual([
      ['2026-01-01', 1, 3, 0, 1],
      ['2026-04-01', 0, 0, 1, 1],
    ]);
  });

  it('has no rows without purchases', () => {
    expect(createPeriodTally('month', asOf, 60).rows()).toEqual([]);
  });
});
