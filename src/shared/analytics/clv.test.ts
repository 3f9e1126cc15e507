import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './bgnbd';
import { conditionalExpectedPurchases } from './bgnbd-predict';
import { historicalClv, predictedClv, predictedClvAll } from './clv';
import { conditionalExpectedSpend, type GammaGammaParams } from './gamma-gamma';

const bgnbd: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gammaGamma: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const customer = { x: 2, tx: 30.43, T: 38.86 };

describe('predicted CLV', () => {
  it('without discounting is expected purchases over the horizon × spend × margin', () => {
    const value = predictedClv(bgnbd, customer, 20, {
      periods: 12,
      periodLength: 52 / 12,
      discountRate: 0,
      margin: 0.3,
    });
    expect(value).toBeCloseTo(conditionalExpectedPurchases(bgnbd, 52, 2, 30.43, 38.86) * 20 * 0.3, 10);
  });

  it('discounts later periods', () => {
    const options = { periods: 12, periodLength: 52 / 12, discountRate: 0.01 };
    const discounted = predictedClv(bgnbd, customer, 20, options);
    const plain = predictedClv(bgnbd, customer, 20, { ...options, discountRate: 0 });
    expect(discounted).toBeLessThan(plain);
    expect(discounted).toBeGreaterThan(plain / 1.01 ** 12);
  });

  it('uses the Gamma-Gamma spend of each customer, the population mean for one-time buyers', () => {
    const options = { periods: 4, periodLength: 13, discountRate: 0.02 };
    const customers = [
      { ...customer, monetary: 22.35 },
      { x: 0, tx: 0, T: 30, monetary: 0 },
    ];
    const values = predictedClvAll(bgnbd, gammaGamma, customers, options);
    expect(values[0]).toBeCloseTo(
      predictedClv(bgnbd, customer, conditionalExpectedSpend(gammaGamma, 2, 22.35), options),
      12,
    );
    const populationMean = (gammaGamma.p * gammaGamma.gamma) / (gammaGamma.q - 1);
    expect(values[1]).toBeCloseTo(predictedClv(bgnbd, customers[1]!, populationMean, options), 12);
  });

  it('refuses options out of range', () => {
    expect(() => predictedClv(bgnbd, customer, 20, { periods: 0, periodLength: 1, discountRate: 0 })).toThrow(
      /periods/,
    );
    expect(() =>
      predictedClv(bgnbd, customer, 20, { periods: 1, periodLength: -1, discountRate: 0 }),
    ).toThrow(/periodLength/);
    expect(() =>
      predictedClv(bgnbd, customer, 20, { periods: 1, periodLength: 1, discountRate: -1 }),
    ).toThrow(/discountRate/);
  });
});

describe('historical CLV', () => {
  it('adds up what the customer spent, × margin', () => {
    expect(historicalClv([10, 20.5, 0])).toBe(30.5);
    expect(
      historicalClv(
        new Map([
          [1, 10],
          [2, 30],
        ]).values(),
        0.5,
      ),
    ).toBe(20);
  });
});
