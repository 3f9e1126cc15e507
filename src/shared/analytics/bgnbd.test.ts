import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, fitBgNbd, type BgNbdParams } from './bgnbd';
import { cdnowSummary, published } from './cdnow-data.test-support';
import { toColumns } from './summary-columns';

const p: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/**
 * The BG/NBD likelihood (FHL 2005, eq. 6) with the gamma and beta ratios written as finite
 * products, in logs: an independent check of the lgamma/log-sum-exp implementation.
 */
const referenceLogLikelihood = ({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number) => {
  let log = r * Math.log(alpha);
  for (let k = 0; k < x; k++) log += Math.log(r + k) + Math.log(b + k) - Math.log(a + b + k);
  const alive = -(r + x) * Math.log(alpha + T);
  if (x === 0) return log + alive;
  const dropped = Math.log(a / (b + x - 1)) - (r + x) * Math.log(alpha + tx);
  const top = Math.max(alive, dropped);
  return log + top + Math.log(Math.exp(alive - top) + Math.exp(dropped - top));
};

describe('BG/NBD log-likelihood', () => {
  it('agrees with the textbook formula customer by customer', () => {
    for (const [x, tx, T] of [
      [0, 0, 38.86],
      [1, 1.71, 38.86],
      [2, 30.43, 38.86],
      [7, 35, 37],
    ] as const)
      expect(bgnbdLogLikelihood(p, toColumns([{ x, tx, T }]))).toBeCloseTo(
        referenceLogLikelihood(p, x, tx, T),
        10,
      );
  });

  it('stays finite and exact for a customer with 200 purchases, where the plain formula underflows', () => {
    const [x, tx, T] = [200, 30, 38];
    const plain = Math.log(Math.pow(p.alpha + T, -(p.r + x)));
    expect(plain).toBe(-Infinity);
    const ll = bgnbdLogLikelihood(p, toColumns([{ x, tx, T }]));
    expect(Number.isFinite(ll)).toBe(true);
    expect(ll).toBeCloseTo(referenceLogLikelihood(p, x, tx, T), 8);
    expect(Number.isFinite(bgnbdLogLikelihood(p, toColumns([{ x: 5000, tx: 1, T: 380 }])))).toBe(true);
  });

  it('gives the same total whether identical customers are merged or not', () => {
    const customers = cdnowSummary();
    const merged = toColumns(customers);
    expect(merged.size).toBeLessThan(customers.length);
    expect(bgnbdLogLikelihood(p, merged)).toBeCloseTo(
      bgnbdLogLikelihood(p, toColumns(customers, { group: false })),
      6,
    );
  });
});

describe('fitBgNbd', () => {
  it('reproduces the published CDNOW fit (Fader, Hardie & Lee 2005)', () => {
    const fit = fitBgNbd(toColumns(cdnowSummary()));
    if (!fit.ok) throw new Error(fit.reason);
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(fit.params[name] - published.bgnbd[name]), name).toBeLessThanOrEqual(0.001);
    expect(Math.abs(fit.logLik - published.bgnbd.logLik)).toBeLessThanOrEqual(0.05);
    expect(fit.customers).toBe(2357);
    // Standard errors as reported for this fit by the `lifetimes` library (0.0126, 0.3785, 0.1857, 0.7059).
    expect(fit.standardErrors.r).toBeCloseTo(0.0126, 3);
    expect(fit.standardErrors.alpha).toBeCloseTo(0.378, 2);
    expect(fit.standardErrors.a).toBeCloseTo(0.186, 2);
    expect(fit.standardErrors.b).toBeCloseTo(0.705, 2);
  });

  it('fits identical customers merged into weighted rows exactly as one row each', () => {
    // Whole weeks, as the refresh counts them in days: most customers share their history.
    const customers = cdnowSummary().map((c) => ({ x: c.x, tx: Math.round(c.tx), T: Math.round(c.T) }));
    const merged = toColumns(customers);
    expect(merged.size).toBeLessThan(customers.length / 3);
    const grouped = fitBgNbd(merged);
    const single = fitBgNbd(toColumns(customers, { group: false }));
    if (!grouped.ok || !single.ok) throw new Error('fit failed');
    expect(grouped.customers).toBe(single.customers);
    expect(grouped.logLik).toBeCloseTo(single.logLik, 6);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(grouped.params[name] / single.params[name], name).toBeCloseTo(1, 6);
      // From second differences of the log-likelihood: equal up to their rounding (~1e-4).
      expect(grouped.standardErrors[name] / single.standardErrors[name], name).toBeCloseTo(1, 3);
    }
  });

  it('gives the same parameters in days as in weeks, with α scaled by 7', () => {
    const weeks = fitBgNbd(toColumns(cdnowSummary()));
    const days = fitBgNbd(toColumns(cdnowSummary().map((c) => ({ x: c.x, tx: c.tx * 7, T: c.T * 7 }))));
    if (!weeks.ok || !days.ok) throw new Error('fit failed');
    expect(days.params.r).toBeCloseTo(weeks.params.r, 4);
    expect(days.params.alpha / 7).toBeCloseTo(weeks.params.alpha, 3);
    expect(days.params.a).toBeCloseTo(weeks.params.a, 4);
  });

  it('says plainly that it cannot fit with too few repeat customers', () => {
    const fit = fitBgNbd(
      toColumns([...Array(50)].map((_, i) => ({ x: i < 3 ? 1 : 0, tx: i < 3 ? 2 : 0, T: 10 }))),
    );
    expect(fit).toEqual({
      ok: false,
      reason: expect.stringMatching(/only 3 customers bought more than once/),
      note: { code: 'too_few_repeat_customers', params: { model: 'BG/NBD', customers: 3, needed: 10 } },
    });
  });

  it('says plainly that it cannot fit when nobody shows any sign of dropping out', () => {
    // Every repeat buyer bought on the last day: the likelihood keeps rising as a → 0.
    const customers = [...Array(200)].map((_, i) => ({ x: i % 5, tx: i % 5 > 0 ? 30 : 0, T: 30 }));
    const fit = fitBgNbd(toColumns(customers));
    expect(fit).toEqual({
      ok: false,
      reason: expect.stringMatching(/on the boundary \(a → 0\)/),
      note: { code: 'likelihood_on_boundary', params: { model: 'BG/NBD', where: 'a → 0' } },
    });
  });
});
