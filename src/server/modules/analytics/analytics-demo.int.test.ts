import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BGNBD, DEMO_GAMMA_GAMMA } from '../../../shared/demo/purchase-process';
import type { Kehu } from '../../kehu';
import { databaseKinds } from '../../../../test/support/test-database';
import { startTestKehu, type Session } from '../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../test/factories/accounts';
import { loadDemoData } from '../demo/index';
import { analytics, refreshNow } from './analytics-shop.test-support';

type Fitted = {
  ok: boolean;
  reason: string | null;
  params: Record<string, number>;
  standardErrors: Record<string, number>;
};

const CUSTOMERS = 5_000;

describe.each(databaseKinds)('analytics on demo data on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
    await loadDemoData(kehu.deps.db, owner.me.org.id, { customers: CUSTOMERS, seed: 1 });
    await refreshNow(kehu, owner);
  }, 300_000);
  afterAll(async () => {
    await kehu?.stop();
  });

  /**
   * The demo shop draws purchases from BG/NBD and spend from Gamma-Gamma with known parameters
   * (src/shared/demo/purchase-process.ts). Refitted on 5,000 demo customers, every parameter
   * must come back within 3 standard errors of the truth plus 10% of it — the 10% allowing for
   * what the demo adds on the way (purchase times rounded to days, same-day purchases merged,
   * spend rounded to cents and floored at ¥1).
   */
  it('recovers the demo generator’s BG/NBD and Gamma-Gamma parameters', async () => {
    const { run } = await analytics<{ run: { bgnbd: Fitted; gammaGamma: Fitted; buyers: number } }>(
      kehu,
      owner,
      'model',
    );
    expect(run.buyers).toBeGreaterThan(CUSTOMERS * 0.8);
    const check = (fit: Fitted, truth: Record<string, number>, scale: Record<string, number> = {}) => {
      expect(fit.reason).toBeNull();
      for (const [name, value] of Object.entries(truth)) {
        const expected = value * (scale[name] ?? 1);
        const tolerance = 3 * fit.standardErrors[name]! + 0.1 * expected;
        expect(
          Math.abs(fit.params[name]! - expected),
          `${name} = ${fit.params[name]} (truth ${expected})`,
        ).toBeLessThanOrEqual(tolerance);
      }
    };
    check(run.bgnbd, DEMO_BGNBD);
    // The organisation's currency is CNY: spend is in fen (minor units), so γ is 100 × the yuan value.
    check(run.gammaGamma, DEMO_GAMMA_GAMMA, { gamma: 100 });
  });

  it('predicts holdout purchases close to what the demo customers then made', async () => {
    const fit = await analytics<{
      reason: string | null;
      rows: { customers: number; actual: number; predicted: number }[];
    }>(kehu, owner, 'fit-quality');
    expect(fit.reason).toBeNull();
    const total = (f: (r: { customers: number; actual: number; predicted: number }) => number) =>
      fit.rows.reduce((s, r) => s + r.customers * f(r), 0);
    const [actual, predicted] = [total((r) => r.actual), total((r) => r.predicted)];
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.15);
  });
});
