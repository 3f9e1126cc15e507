import { describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd';
import { cdnowSampleRows, cdnowSummaryWithSpend } from './cdnow-data.test-support';
import { parseDay } from './day-number';
import { toColumns } from './summary-columns';
import { groupPurchases, summariseTransactions } from './transactions';

describe('summariseTransactions', () => {
  const history = groupPurchases([
    { customerId: 'a', date: '2024-01-01', amount: 10 },
    { customerId: 'a', date: '2024-01-01', amount: 5 }, // same day: one transaction of 15
    { customerId: 'a', date: '2024-01-15', amount: 20 },
    { customerId: 'a', date: '2024-01-29', amount: 40 },
    { customerId: 'a', date: '2024-02-05', amount: 7 }, // holdout
    { customerId: 'a', date: '2024-03-31', amount: 9 }, // after a 14-day holdout
    { customerId: 'b', date: parseDay('2024-01-22')!, amount: 30 },
    { customerId: 'c', date: '2024-02-02' }, // first purchase after calibration
  ]);

  it('follows the usual conventions: same-day merge, first purchase not a repeat, T to the calibration end', () => {
    const { customers, laterCustomers, holdoutDays } = summariseTransactions(history, {
      calibrationEnd: '2024-01-31',
      timeUnit: 'week',
      holdoutDays: 14,
    });
    expect(holdoutDays).toBe(14);
    expect(laterCustomers).toBe(1);
    expect(customers).toEqual([
      {
        customerId: 'a',
        x: 2,
        tx: 4,
        T: 30 / 7,
        monetary: 30,
        firstDay: parseDay('2024-01-01'),
        calibrationAmount: 75,
        holdoutX: 1,
        holdoutAmount: 7,
      },
      {
        customerId: 'b',
        x: 0,
        tx: 0,
        T: 9 / 7,
        monetary: 0,
        firstDay: parseDay('2024-01-22'),
        calibrationAmount: 30,
        holdoutX: 0,
        holdoutAmount: 0,
      },
    ]);
  });

  it('measures in days when asked, and holds out up to the last purchase by default', () => {
    const { customers, holdoutDays } = summariseTransactions(history, {
      calibrationEnd: '2024-01-31',
      timeUnit: 'day',
    });
    expect(holdoutDays).toBe(60);
    expect(customers[0]).toMatchObject({ tx: 28, T: 30, holdoutX: 2, holdoutAmount: 16 });
  });

  it('refuses a calibration end before the first purchase, naming both dates', () => {
    expect(() => summariseTransactions(history, { calibrationEnd: '2023-12-31' })).toThrow(
      'the calibration end 2023-12-31 is before the first purchase (2024-01-01)',
    );
  });

  it('names the row with a bad date or a negative amount', () => {
    expect(() =>
      groupPurchases([
        { customerId: 'a', date: '2024-01-01' },
        { customerId: 'a', date: '2024-02-30' },
      ]),
    ).toThrow(/row 2: cannot read the date "2024-02-30"/);
    expect(() => groupPurchases([{ customerId: 'a', date: '2024-01-01', amount: -3 }])).toThrow(
      /row 1: amount -3/,
    );
  });

  it('turns the raw CDNOW sample into the published summaries, customer by customer', () => {
    const { customers } = summariseTransactions(groupPurchases(cdnowSampleRows()), {
      calibrationEnd: '1997-09-30',
      timeUnit: 'week',
    });
    const published = cdnowSummaryWithSpend();
    expect(customers).toHaveLength(published.length);
    const ours = new Map(customers.map((c) => [c.customerId, c]));
    // A handful in full (the summary files round to 2 decimals) …
    expect(ours.get('1')!.x).toBe(2);
    expect(ours.get('1')!.monetary).toBeCloseTo((29.73 + 14.96) / 2, 10);
    expect(ours.get('1')!.tx).toBeCloseTo(30.43, 2);
    expect(ours.get('1')!.T).toBeCloseTo(38.86, 2);
    expect(ours.get('2')).toMatchObject({ x: 1, monetary: 11.77 });
    expect(ours.get('2')!.tx).toBeCloseTo(1.71, 2);
    expect(ours.get('3')).toMatchObject({ x: 0, tx: 0, monetary: 0 });
    // … and every customer to the files' precision (half a cent or a hundredth of a week).
    const rounding = 0.005 + 1e-9;
    for (const row of published) {
      const c = ours.get(String(row.id))!;
      expect(c.x, `customer ${row.id}`).toBe(row.x);
      expect(Math.abs(c.tx - row.tx), `customer ${row.id}`).toBeLessThanOrEqual(rounding);
      expect(Math.abs(c.T - row.T), `customer ${row.id}`).toBeLessThanOrEqual(rounding);
      expect(Math.abs(c.monetary - row.zbar), `customer ${row.id}`).toBeLessThanOrEqual(rounding);
    }
  });

  it('gives the same BG/NBD fit from the raw sample as from the summary file', () => {
    const { customers } = summariseTransactions(groupPurchases(cdnowSampleRows()), {
      calibrationEnd: '1997-09-30',
    });
    const fromRaw = fitBgNbd(toColumns(customers));
    const fromFile = fitBgNbd(toColumns(cdnowSummaryWithSpend()));
    if (!fromRaw.ok || !fromFile.ok) throw new Error('fit failed');
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(fromRaw.params[name] - fromFile.params[name]), name).toBeLessThan(0.002);
  });
});
