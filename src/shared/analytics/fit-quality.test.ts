import { describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd';
import { conditionalExpectedPurchases } from './bgnbd-predict';
import { cdnowSampleRows } from './cdnow-data.test-support';
import { fitQuality } from './fit-quality';
import { toColumns } from './summary-columns';
import { groupPurchases, summariseTransactions } from './transactions';

describe('fitQuality', () => {
  it('averages actual and predicted holdout purchases by calibration frequency, 7+ pooled', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const customers = [
      { x: 0, tx: 0, T: 30, holdoutX: 1 },
      { x: 0, tx: 0, T: 20, holdoutX: 0 },
      { x: 8, tx: 25, T: 30, holdoutX: 4 },
      { x: 12, tx: 29, T: 30, holdoutX: 6 },
    ];
    const rows = fitQuality(p, customers, 39);
    expect(rows.map((r) => [r.label, r.customers, r.actual])).toEqual([
      ['0', 2, 0.5],
      ['7+', 2, 5],
    ]);
    expect(rows[0]!.predicted).toBeCloseTo(
      (conditionalExpectedPurchases(p, 39, 0, 0, 30) + conditionalExpectedPurchases(p, 39, 0, 0, 20)) / 2,
      12,
    );
  });

  it('tracks the CDNOW holdout as in the BG/NBD paper', () => {
    const { customers } = summariseTransactions(groupPurchases(cdnowSampleRows()), {
      calibrationEnd: '1997-09-30',
      holdoutDays: 273,
    });
    const fit = fitBgNbd(toColumns(customers));
    if (!fit.ok) throw new Error(fit.reason);
    const rows = fitQuality(fit.params, customers, 39);
    expect(rows.map((r) => r.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(rows[0]!.customers).toBe(1411);
    // As in the paper's figure 4: close for the non-repeaters, rising with frequency, and
    // under-predicting the one- and two-time repeaters by about a third of a purchase.
    expect(Math.abs(rows[0]!.predicted - rows[0]!.actual)).toBeLessThan(0.02);
    for (const row of rows) expect(Math.abs(row.predicted - row.actual), row.label).toBeLessThan(0.4);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.predicted).toBeGreaterThan(rows[i - 1]!.predicted);
  });
});
