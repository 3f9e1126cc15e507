import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../../shared/analytics/day-number';
import { fitModels } from './fit-models';

const AS_OF = 20_000;

/** Buyers as the summaries hold them: purchase days (day numbers) and repeat spend. */
const summaries = (customers: { days: number[]; repeatCents: number }[]) => ({
  firstDay: customers.map((c) => c.days[0]!),
  lastDay: customers.map((c) => c.days.at(-1)!),
  purchaseDays: customers.map((c) => c.days.length),
  repeatCents: customers.map((c) => c.repeatCents),
  calibrationDays: customers.map((c) => c.days.filter((d) => d <= AS_OF - 180).length),
  calibrationLastDay: customers.map((c) => c.days.filter((d) => d <= AS_OF - 180).at(-1) ?? Number.NaN),
  holdoutDays: customers.map((c) => c.days.filter((d) => d > AS_OF - 180).length),
});

describe('fitModels', () => {
  it('gives each reason and warning as a note beside its English', () => {
    const models = fitModels(
      summaries([
        { days: [AS_OF - 400, AS_OF - 300], repeatCents: 5000 },
        { days: [AS_OF - 400, AS_OF - 10], repeatCents: 0 },
        { days: [AS_OF - 50], repeatCents: 0 },
      ]),
      AS_OF,
      180,
    );
    expect(models.bgnbd).toMatchObject({
      ok: false,
      reason: 'cannot fit the BG/NBD model: only 2 customers bought more than once (it needs at least 10)',
      note: { code: 'too_few_repeat_customers', params: { customers: 2 } },
    });
    expect(models.gammaGamma).toMatchObject({ note: { code: 'too_few_spending_customers' } });
    expect(models.warnings).toEqual([
      {
        message: 'left out of the Gamma-Gamma fit: 1 customers with repeat purchases but zero spend',
        note: { code: 'zero_spend_left_out', params: { customers: 1 } },
      },
    ]);
    expect(models.fitQuality).toMatchObject({
      reason: expect.stringMatching(
        /^on the calibration period, cannot fit the BG\/NBD model: only 1 customers/,
      ),
      note: { code: 'calibration_fit_failed', cause: { code: 'too_few_repeat_customers' } },
    });
  });

  it('says nobody has bought anything without buyers', () => {
    const models = fitModels(summaries([]), AS_OF, 180);
    expect(models.bgnbd).toMatchObject({ note: { code: 'nobody_bought', params: { model: 'BG/NBD' } } });
    expect(models.fitQuality.note).toEqual({
      code: 'no_calibration_period',
      params: { calibrationEnd: formatDay(AS_OF - 180), holdoutDays: 180 },
    });
  });
});
