import { describe, expect, it } from 'vitest';
import { fitNoteCodes, fitNoteText, fitWarning } from './fit-notes';

describe('fit notes', () => {
  it('say in English what the CLI and the logs print', () => {
    expect(
      fitNoteText({
        code: 'calibration_fit_failed',
        params: {},
        cause: { code: 'too_few_repeat_customers', params: { model: 'BG/NBD', customers: 4, needed: 10 } },
      }),
    ).toBe(
      'on the calibration period, cannot fit the BG/NBD model: only 4 customers bought more than once (it needs at least 10)',
    );
    expect(fitNoteText({ code: 'infinite_mean_spend', params: { model: 'Gamma-Gamma', q: 0.87654 } })).toBe(
      'cannot use the Gamma-Gamma model: q = 0.877 ≤ 1, so the mean spend per purchase is infinite',
    );
  });

  it('keep a warning’s note beside its English', () => {
    expect(fitWarning({ code: 'zero_spend_left_out', params: { customers: 2 } })).toEqual({
      message: 'left out of the Gamma-Gamma fit: 2 customers with repeat purchases but zero spend',
      note: { code: 'zero_spend_left_out', params: { customers: 2 } },
    });
  });

  it('list every code once', () => {
    expect(new Set(fitNoteCodes).size).toBe(fitNoteCodes.length);
    expect(fitNoteCodes).toContain('spend_correlated');
  });
});
