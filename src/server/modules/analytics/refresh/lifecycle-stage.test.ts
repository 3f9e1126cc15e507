import { describe, expect, it } from 'vitest';
import { defaultAnalyticsSettings } from '../../../../shared/contracts/analytics';
import { lifecycleStageOf, type StageFacts } from './lifecycle-stage';

// Defaults: churned after 180 idle days or P(alive) < 0.2; at risk after 90 or P(alive) < 0.5; new 60; won back 60.
const asOf = 1000;
const stage = (facts: Partial<StageFacts>) =>
  lifecycleStageOf(
    { purchaseDays: 3, firstDay: 500, lastDay: 990, lastReturnDay: Number.NaN, pAlive: null, ...facts },
    asOf,
    defaultAnalyticsSettings,
  );

describe('lifecycle stage', () => {
  it('applies the first rule that fits, in order', () => {
    expect(stage({ purchaseDays: 0 })).toBe('prospect');
    expect(stage({ lastDay: 820 })).toBe('churned');
    expect(stage({ lastDay: 821 })).toBe('at_risk');
    expect(stage({ pAlive: 0.1 })).toBe('churned');
    expect(stage({ lastDay: 911 })).toBe('active');
    expect(stage({ lastDay: 910 })).toBe('at_risk');
    expect(stage({ pAlive: 0.4 })).toBe('at_risk');
    expect(stage({ lastReturnDay: 940 })).toBe('won_back');
    expect(stage({ lastReturnDay: 939 })).toBe('active');
    expect(stage({ firstDay: 940, purchaseDays: 1, lastDay: 940 })).toBe('new');
    expect(stage({ firstDay: 939 })).toBe('active');
    expect(stage({ pAlive: 0.9 })).toBe('active');
  });
});
