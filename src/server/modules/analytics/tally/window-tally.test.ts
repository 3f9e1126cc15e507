import { describe, expect, it } from 'vitest';
import { createWindowTally } from './window-tally';

describe('KPI window tally', () => {
  it('counts each window as of its own last day, worked by hand', () => {
    // Days 101–130 and 71–100, churn after 50 idle days.
    const t = createWindowTally(
      [
        { from: 101, to: 130 },
        { from: 71, to: 100 },
      ],
      50,
    );
    t.add([10, 60, 105], [1, 2, 4]); // active now (a repeat buyer); back after a 45-day gap
    t.add([115], [8]); // new now
    t.add([20, 75], [16, 32]); // active before; its last purchase turns 50 days old on 125: churned now
    t.add([30], [64]); // churned long ago (day 80): in no base
    const [now, before] = t.figures();
    expect(now).toEqual({
      active: 2,
      new_customers: 1,
      revenue_cents: 12,
      repeaters: 1,
      churned: 1,
      churn_base: 3,
    });
    expect(before).toEqual({
      active: 1,
      new_customers: 0,
      revenue_cents: 32,
      repeaters: 1,
      churned: 1,
      churn_base: 3,
    });
  });
});
