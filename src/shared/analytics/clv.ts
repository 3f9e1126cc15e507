import { conditionalExpectedPurchases } from './bgnbd-predict';
import type { BgNbdParams } from './bgnbd';
import { conditionalExpectedSpend, type GammaGammaParams } from './gamma-gamma';

export type ClvOptions = {
  /** Number of periods in the horizon, e.g. 12. */
  periods: number;
  /** Length of one period in the model's time unit, e.g. 30 (days) or 52 / 12 (weeks). */
  periodLength: number;
  /** Discount rate per period, e.g. 0.01 for 1% a month. */
  discountRate: number;
  /** Share of revenue kept as profit; 1 gives revenue CLV. */
  margin?: number;
};

const checkOptions = ({ periods, periodLength, discountRate, margin = 1 }: ClvOptions) => {
  if (!(Number.isInteger(periods) && periods >= 1))
    throw new RangeError('periods must be a whole number ≥ 1');
  if (!(periodLength > 0)) throw new RangeError('periodLength must be > 0');
  if (!(discountRate > -1)) throw new RangeError('discountRate must be > -1');
  if (!(margin >= 0)) throw new RangeError('margin must be ≥ 0');
};

/**
 * Discounted value of a customer's future purchases: for each period k of the horizon, the
 * purchases expected in it (E[Y(kL)] − E[Y((k−1)L)] given the history) × expected spend ×
 * margin / (1 + rate)^k. Throws a RangeError on options out of range.
 */
export const predictedClv = (
  bgnbd: BgNbdParams,
  customer: { x: number; tx: number; T: number },
  expectedSpend: number,
  options: ClvOptions,
): number => {
  checkOptions(options);
  const { periods, periodLength, discountRate, margin = 1 } = options;
  let value = 0;
  let before = 0;
  for (let k = 1; k <= periods; k++) {
    const upTo = conditionalExpectedPurchases(bgnbd, k * periodLength, customer.x, customer.tx, customer.T);
    value += ((upTo - before) * expectedSpend * margin) / Math.pow(1 + discountRate, k);
    before = upTo;
  }
  return value;
};

/**
 * Predicted CLV of every customer, with spend from the Gamma-Gamma model (a customer without
 * repeat purchases gets the population mean spend).
 */
export const predictedClvAll = (
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customers: readonly { x: number; tx: number; T: number; monetary: number }[],
  options: ClvOptions,
): Float64Array =>
  Float64Array.from(customers, (c) =>
    predictedClv(bgnbd, c, conditionalExpectedSpend(gammaGamma, c.x, c.monetary), options),
  );

/** Historical CLV: what a customer has spent so far, × margin. */
export const historicalClv = (amounts: Iterable<number>, margin = 1): number => {
  let sum = 0;
  for (const amount of amounts) sum += amount;
  return sum * margin;
};
