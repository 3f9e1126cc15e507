import type { BgNbdParams } from '../analytics/bgnbd';
import type { GammaGammaParams } from '../analytics/gamma-gamma';
import { beta, exponential, gamma } from './samplers';
import type { Random } from './seeded-random';

/**
 * The demo shop's purchase process, with known parameters, so analytics can be checked
 * against the truth: a model fitted to the demo data should give back these numbers.
 *
 * BG/NBD (time unit: weeks). Each customer buys at rate λ ~ Gamma(r, α) per week while
 * alive, and after each repeat purchase drops out for good with probability
 * p ~ Beta(a, b). Values close to the CDNOW estimates (r 0.243, α 4.41, a 0.79, b 2.43): a
 * mean rate of r/α = 0.0625 a week (one purchase in 16 weeks), very uneven between
 * customers, and a mean dropout of a/(a+b) ≈ 24 % after each repeat purchase.
 */
export const DEMO_BGNBD: Readonly<BgNbdParams> = Object.freeze({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 });

/**
 * Gamma-Gamma (spend in major units of CNY, i.e. yuan). Each customer's transactions are
 * Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so a transaction averages
 * pγ/(q − 1) = ¥300 over the population and a customer's own mean is p/ν. These are the CDNOW
 * shape parameters (p 6.25, q 3.74) with γ scaled from dollars to a tea shop in yuan (15 → 150).
 * For an organisation in another currency spend is multiplied by `priceScale` (see
 * demo-catalogue.ts), which multiplies γ by the same factor and leaves p and q unchanged.
 */
export const DEMO_GAMMA_GAMMA: Readonly<GammaGammaParams> = Object.freeze({ p: 6, q: 4, gamma: 150 });

/** Customers are acquired (make their first purchase) uniformly over this many weeks before the as-of date. */
export const DEMO_WINDOW_WEEKS = 104;

/** Mean value of one transaction under the Gamma-Gamma model: pγ / (q − 1). */
export const meanTransactionValue = (gg: GammaGammaParams): number => (gg.p * gg.gamma) / (gg.q - 1);

export type ProcessParams = { bgnbd: BgNbdParams; gammaGamma: GammaGammaParams; windowWeeks: number };

export const demoProcess: ProcessParams = {
  bgnbd: DEMO_BGNBD,
  gammaGamma: DEMO_GAMMA_GAMMA,
  windowWeeks: DEMO_WINDOW_WEEKS,
};

/** One customer's draw from the process. Times are weeks. */
export type SimulatedCustomer = {
  lambda: number;
  dropout: number;
  nu: number;
  /** T: weeks from the first purchase to the end of observation. */
  age: number;
  /** Purchase times, weeks after the first purchase; the first is 0, all are < age. */
  times: number[];
  /** Each purchase's value in major currency units (CNY). */
  amounts: number[];
  /** false once the customer has dropped out (unobservable in real data). */
  alive: boolean;
};

/**
 * Draws one customer: λ, p and ν, an acquisition time uniform over the window, then
 * repeat purchases at exponential gaps until the end of observation or dropout (tested after
 * each repeat purchase, never after the first, as in the BG/NBD paper), and a Gamma(p, ν)
 * value for every purchase, the first included.
 */
export const simulateCustomer = (rng: Random, params: ProcessParams = demoProcess): SimulatedCustomer => {
  const { r, alpha, a, b } = params.bgnbd;
  const { p, q, gamma: scale } = params.gammaGamma;
  const lambda = gamma(rng, r, alpha);
  const dropout = beta(rng, a, b);
  const nu = gamma(rng, q, scale);
  const age = rng.next() * params.windowWeeks;
  const times = [0];
  let alive = true;
  let t = 0;
  for (;;) {
    t += exponential(rng, lambda);
    if (!(t < age)) break;
    times.push(t);
    if (rng.chance(dropout)) {
      alive = false;
      break;
    }
  }
  const amounts = times.map(() => gamma(rng, p, nu));
  return { lambda, dropout, nu, age, times, amounts, alive };
};
