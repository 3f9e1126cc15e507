import { describe, expect, it } from 'vitest';
import { cdnowSummaryWithSpend, published } from './cdnow-data.test-support';
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  spendIndependence,
  type GammaGammaParams,
} from './gamma-gamma';
import { lgamma } from './special-functions';

const repeatCustomers = () => cdnowSummaryWithSpend().filter((c) => c.x > 0);

describe('Gamma-Gamma spend model', () => {
  it('reproduces the published CDNOW fit (Fader & Hardie 2013) on the 946 repeat customers', () => {
    const customers = repeatCustomers();
    expect(customers).toHaveLength(946);
    const fit = fitGammaGamma(customers);
    if (!fit.ok) throw new Error(fit.reason);
    for (const name of ['p', 'q', 'gamma'] as const)
      expect(Math.abs(fit.params[name] - published.gammaGamma[name]), name).toBeLessThanOrEqual(0.01);
    expect(fit.customers).toBe(946);
    expect(fit.logLik).toBeCloseTo(gammaGammaLogLikelihood(fit.params, customers), 8);
  });

  it('fits identical customers merged into weighted rows exactly as one row each', () => {
    // Mean spend in whole dollars: many repeat customers share (x, zbar).
    const customers = repeatCustomers().map((c) => ({ x: c.x, zbar: Math.round(c.zbar) }));
    expect(new Set(customers.map((c) => `${c.x}|${c.zbar}`)).size).toBeLessThan(customers.length / 2);
    const grouped = fitGammaGamma(customers);
    const single = fitGammaGamma(customers, { group: false });
    if (!grouped.ok || !single.ok) throw new Error('fit failed');
    expect(grouped.customers).toBe(946);
    expect(grouped.logLik).toBeCloseTo(single.logLik, 6);
    for (const name of ['p', 'q', 'gamma'] as const) {
      expect(grouped.params[name] / single.params[name], name).toBeCloseTo(1, 6);
      // From second differences of the log-likelihood: equal up to their rounding (~1e-4).
      expect(grouped.standardErrors[name] / single.standardErrors[name], name).toBeCloseTo(1, 3);
    }
  });

  it('computes the density of one customer as the paper writes it', () => {
    const params: GammaGammaParams = { p: 6, q: 4, gamma: 15 };
    const [x, zbar] = [3, 25];
    const direct =
      lgamma(params.p * x + params.q) -
      lgamma(params.p * x) -
      lgamma(params.q) +
      params.q * Math.log(params.gamma) +
      (params.p * x - 1) * Math.log(zbar) +
      params.p * x * Math.log(x) -
      (params.p * x + params.q) * Math.log(params.gamma + x * zbar);
    expect(gammaGammaLogLikelihood(params, [{ x, zbar }])).toBeCloseTo(direct, 10);
  });

  it('shrinks a customer’s own mean spend towards the population mean, less so the more they bought', () => {
    const params: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
    const population = (params.p * params.gamma) / (params.q - 1);
    expect(conditionalExpectedSpend(params, 0, 0)).toBeCloseTo(population, 10);
    const one = conditionalExpectedSpend(params, 1, 100);
    const many = conditionalExpectedSpend(params, 20, 100);
    expect(one).toBeGreaterThan(population);
    expect(many).toBeGreaterThan(one);
    expect(many).toBeLessThan(100);
    expect(conditionalExpectedSpend({ ...params, q: 0.9 }, 2, 10)).toBe(Infinity);
  });

  it('finds CDNOW spend nearly independent of frequency (r ≈ 0.11), with no warning', () => {
    const check = spendIndependence(repeatCustomers());
    expect(check.correlation).toBeCloseTo(0.11, 2);
    expect(check.warning).toBeNull();
    expect(check.warningNote).toBeNull();
  });

  it('warns when big spenders are also frequent buyers', () => {
    const customers = [...Array(40)].map((_, i) => ({ x: 1 + (i % 8), zbar: 10 + 5 * (i % 8) + (i % 3) }));
    const check = spendIndependence(customers);
    expect(check.correlation).toBeGreaterThan(0.9);
    expect(check.warning).toMatch(/correlated \(r = (0\.9\d|1\.00)\)/);
    expect(check.warningNote).toEqual({
      code: 'spend_correlated',
      params: { correlation: check.correlation },
    });
  });

  it('says plainly that it cannot fit too few repeat customers, or spend that does not vary', () => {
    expect(fitGammaGamma([{ x: 2, zbar: 10 }])).toEqual({
      ok: false,
      reason: expect.stringMatching(/only 1 repeat customers/),
      note: {
        code: 'too_few_spending_customers',
        params: { model: 'Gamma-Gamma', customers: 1, needed: 10 },
      },
    });
    const same = [...Array(50)].map((_, i) => ({ x: 1 + (i % 3), zbar: 10 }));
    expect(fitGammaGamma(same)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/on the boundary/),
      note: { code: 'likelihood_on_boundary' },
    });
  });
});
