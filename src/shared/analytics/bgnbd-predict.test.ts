import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './bgnbd';
import {
  conditionalExpectedPurchases,
  conditionalExpectedPurchasesAll,
  expectedPurchases,
  probabilityAlive,
  probabilityAliveAll,
  totalExpectedPurchases,
} from './bgnbd-predict';
import { published } from './cdnow-data.test-support';
import { toColumns } from './summary-columns';

const p: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('BG/NBD predictions', () => {
  it('reproduces the published E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226', () => {
    expect(
      Math.abs(conditionalExpectedPurchases(p, 39, 2, 30.43, 38.86) - published.expectedY39),
    ).toBeLessThan(0.001);
  });

  it('starts at the mean purchase rate r/α and grows with t', () => {
    const h = 1e-4;
    expect(expectedPurchases(p, h) / h).toBeCloseTo(p.r / p.alpha, 4);
    expect(expectedPurchases(p, 0)).toBe(0);
    expect(expectedPurchases(p, 78)).toBeGreaterThan(expectedPurchases(p, 39));
  });

  it('treats a customer just acquired (x = 0, T = 0) like the unconditional expectation', () => {
    expect(conditionalExpectedPurchases(p, 52, 0, 0, 0)).toBeCloseTo(expectedPurchases(p, 52), 12);
  });

  it('is continuous across a = 1, where the formula is 0/0', () => {
    const at = (a: number) => conditionalExpectedPurchases({ ...p, a }, 39, 3, 20, 38);
    expect(at(1)).toBeCloseTo(at(1 + 1e-4), 3);
    expect(at(1)).toBeCloseTo(at(1 - 1e-4), 3);
    expect(Number.isFinite(at(1))).toBe(true);
  });

  it('stays finite for a customer with 200 purchases and a long quiet spell', () => {
    const y = conditionalExpectedPurchases(p, 39, 200, 10, 38.86);
    const alive = probabilityAlive(p, 200, 10, 38.86);
    expect(alive).toBeGreaterThanOrEqual(0);
    expect(alive).toBeLessThan(1e-10);
    expect(Number.isFinite(y)).toBe(true);
    expect(conditionalExpectedPurchases(p, 39, 200, 38.8, 38.86)).toBeGreaterThan(100);
  });

  it('gives P(alive) = 1 without repeat purchases, lower the longer a buyer has been quiet', () => {
    expect(probabilityAlive(p, 0, 0, 30)).toBe(1);
    const recent = probabilityAlive(p, 3, 35, 38);
    const quiet = probabilityAlive(p, 3, 5, 38);
    expect(recent).toBeGreaterThan(quiet);
    expect(quiet).toBeGreaterThan(0);
  });

  it('computes per-row values and count-weighted totals over columns', () => {
    const customers = [
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 0, tx: 0, T: 20 },
    ];
    const columns = toColumns(customers);
    expect(columns.size).toBe(2);
    const one = conditionalExpectedPurchases(p, 39, 2, 30.43, 38.86);
    const zero = conditionalExpectedPurchases(p, 39, 0, 0, 20);
    expect(Array.from(conditionalExpectedPurchasesAll(p, 39, columns))).toEqual([one, zero]);
    expect(totalExpectedPurchases(p, 39, columns)).toBeCloseTo(2 * one + zero, 12);
    expect(Array.from(probabilityAliveAll(p, columns))).toEqual([probabilityAlive(p, 2, 30.43, 38.86), 1]);
  });
});
