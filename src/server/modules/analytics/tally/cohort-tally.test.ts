import { describe, expect, it } from 'vitest';
import { buildCohorts } from '../../../../shared/analytics/cohorts';
import { addPurchase, type PurchaseHistory } from '../../../../shared/analytics/transactions';
import { createCohortTally } from './cohort-tally';

describe('cohort tally', () => {
  it('agrees with the shared cohort maths on a varied history', () => {
    const history: PurchaseHistory = new Map();
    const tally = createCohortTally();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let c = 0; c < 200; c++) {
      const days = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(next() * 6) }, () => 20_000 + Math.floor(next() * 400)),
        ),
      ].sort((a, b) => a - b);
      const amounts = days.map(() => Math.floor(next() * 1000));
      days.forEach((day, i) => addPurchase(history, `c${c}`, day, amounts[i]));
      tally.add(days, amounts);
    }
    const rows = tally.rows();
    for (const cohort of buildCohorts(history, 'month')) {
      const mine = rows.filter((r) => r.cohort.slice(0, 7) === cohort.cohort);
      expect(mine[0]!.size).toBe(cohort.size);
      expect(mine[0]!.repeaters / mine[0]!.size).toBeCloseTo(cohort.repeatRate, 12);
      for (const [offset, active] of cohort.active.entries()) {
        const cell = mine.find((r) => r.month_offset === offset);
        expect(cell?.active ?? 0).toBe(active);
        expect(cell?.revenue_cents ?? 0).toBe(cohort.revenue[offset]);
      }
    }
  });
});
