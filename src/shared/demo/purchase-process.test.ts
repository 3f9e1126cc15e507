import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../analytics/bgnbd';
import { expectedPurchases } from '../analytics/bgnbd-predict';
import { fitGammaGamma } from '../analytics/gamma-gamma';
import { toColumns } from '../analytics/summary-columns';
import {
  DEMO_BGNBD,
  DEMO_GAMMA_GAMMA,
  DEMO_WINDOW_WEEKS,
  demoProcess,
  meanTransactionValue,
  simulateCustomer,
  type SimulatedCustomer,
} from './purchase-process';
import { createRandom } from './seeded-random';

const N = 30_000;
const simulate = (seed: string, n = N): SimulatedCustomer[] => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => simulateCustomer(rng));
};
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** E[X(T)] with T uniform on (0, W): Simpson's rule over the BG/NBD expectation. */
const expectedRepeatsOverWindow = (steps = 400) => {
  const h = DEMO_WINDOW_WEEKS / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * expectedPurchases(DEMO_BGNBD, i * h);
  }
  return (sum * h) / 3 / DEMO_WINDOW_WEEKS;
};

describe('the demo purchase process', () => {
  const customers = simulate('process');

  it('keeps every purchase inside the observation window, starting with the first at 0', () => {
    const bad = customers.filter(
      (c) =>
        c.times[0] !== 0 ||
        c.times.some((t, i) => t >= c.age || (i > 0 && t <= c.times[i - 1]!)) ||
        c.amounts.length !== c.times.length ||
        c.age > DEMO_WINDOW_WEEKS,
    );
    expect(bad).toEqual([]);
  });

  it('draws λ, the dropout probability and ν with the means the parameters imply', () => {
    const { r, alpha, a, b } = DEMO_BGNBD;
    const { q, gamma } = DEMO_GAMMA_GAMMA;
    expect(relative(mean(customers.map((c) => c.lambda)), r / alpha)).toBeLessThan(0.05);
    expect(relative(mean(customers.map((c) => c.dropout)), a / (a + b))).toBeLessThan(0.03);
    expect(relative(mean(customers.map((c) => c.nu)), q / gamma)).toBeLessThan(0.03);
    expect(relative(mean(customers.map((c) => c.age)), DEMO_WINDOW_WEEKS / 2)).toBeLessThan(0.02);
  });

  it('makes as many repeat purchases as BG/NBD expects for customers of these ages', () => {
    const repeats = mean(customers.map((c) => c.times.length - 1));
    expect(relative(repeats, expectedRepeatsOverWindow())).toBeLessThan(0.06);
  });

  it('spends pγ/(q − 1) per transaction on average, ¥300 with the demo parameters', () => {
    expect(meanTransactionValue(DEMO_GAMMA_GAMMA)).toBe(300);
    const amounts = customers.flatMap((c) => c.amounts);
    expect(relative(mean(amounts), meanTransactionValue(DEMO_GAMMA_GAMMA))).toBeLessThan(0.05);
    // Within a customer, a transaction averages p/ν.
    const ratio = mean(customers.map((c) => mean(c.amounts) / (DEMO_GAMMA_GAMMA.p / c.nu)));
    expect(relative(ratio, 1)).toBeLessThan(0.02);
  });

  it('gives back its own parameters when the analytics models are fitted to it', () => {
    const summaries = customers.map((c) => ({
      x: c.times.length - 1,
      tx: c.times[c.times.length - 1]!,
      T: c.age,
    }));
    const bgnbd = fitBgNbd(toColumns(summaries));
    if (!bgnbd.ok) throw new Error(bgnbd.reason);
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(relative(bgnbd.params[name], DEMO_BGNBD[name]), name).toBeLessThan(0.12);
    const spend = customers
      .filter((c) => c.times.length > 1)
      .map((c) => ({ x: c.times.length - 1, zbar: mean(c.amounts.slice(1)) }));
    const gg = fitGammaGamma(spend);
    if (!gg.ok) throw new Error(gg.reason);
    for (const name of ['p', 'q', 'gamma'] as const)
      expect(relative(gg.params[name], DEMO_GAMMA_GAMMA[name]), name).toBeLessThan(0.15);
  });

  it('is the same for the same seed', () => {
    expect(simulate('again', 50)).toEqual(simulate('again', 50));
    expect(simulate('again', 50)).not.toEqual(simulate('other', 50));
    expect(demoProcess.bgnbd).toBe(DEMO_BGNBD);
  });
});
