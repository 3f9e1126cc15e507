import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fitNoteCodes, type FitNote, type FitNoteCode } from '../../../../shared/analytics/fit-notes';
import { resources } from '../../../app/i18n';
import { fitReasonText, translateFitNote } from './fit-note-text';

const tooFew: FitNote = {
  code: 'too_few_repeat_customers',
  params: { model: 'BG/NBD', customers: 3, needed: 10 },
};
/** One note of each code: the type makes a new code fail here until it has an example. */
const examples: { [C in FitNoteCode]: Extract<FitNote, { code: C }> } = {
  too_few_repeat_customers: {
    code: 'too_few_repeat_customers',
    params: { model: 'BG/NBD', customers: 3, needed: 10 },
  },
  too_few_spending_customers: {
    code: 'too_few_spending_customers',
    params: { model: 'Gamma-Gamma', customers: 4, needed: 10 },
  },
  nobody_bought: { code: 'nobody_bought', params: { model: 'BG/NBD' } },
  likelihood_on_boundary: { code: 'likelihood_on_boundary', params: { model: 'BG/NBD', where: 'a → 0' } },
  likelihood_flat: { code: 'likelihood_flat', params: { model: 'BG/NBD' } },
  parameters_not_pinned_down: {
    code: 'parameters_not_pinned_down',
    params: { model: 'BG/NBD', parameters: 'r, b' },
  },
  not_converged: { code: 'not_converged', params: { model: 'Gamma-Gamma' } },
  infinite_mean_spend: { code: 'infinite_mean_spend', params: { model: 'Gamma-Gamma', q: 0.87654 } },
  no_calibration_period: {
    code: 'no_calibration_period',
    params: { calibrationEnd: '2025-01-31', holdoutDays: 180 },
  },
  calibration_fit_failed: { code: 'calibration_fit_failed', params: {}, cause: tooFew },
  zero_spend_left_out: { code: 'zero_spend_left_out', params: { customers: 12345 } },
  spend_correlated: { code: 'spend_correlated', params: { correlation: 0.4567 } },
  no_refresh: { code: 'no_refresh', params: {} },
  no_prediction: { code: 'no_prediction', params: { customers: 3, horizonMonths: 24, asOf: '2026-11-26' } },
};

const languages = ['en', 'zh-CN'] as const;
const translator = (lng: (typeof languages)[number]) => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources,
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
};
const raw = (lng: (typeof languages)[number], code: FitNoteCode): string =>
  resources[lng].translation.analytics.model.notes[code];

describe('fit notes in the web app', () => {
  it('has English and Chinese text for every code, every placeholder filled', () => {
    const [en, zh] = languages.map(translator);
    for (const code of fitNoteCodes) {
      const key = `analytics.model.notes.${code}` as const;
      expect(en!.exists(key), `en ${code}`).toBe(true);
      expect(zh!.exists(key), `zh-CN ${code}`).toBe(true);
      const [inEnglish, inChinese] = [en!, zh!].map((i18n) => translateFitNote(i18n.t, examples[code]));
      for (const text of [inEnglish, inChinese]) expect(text, code).not.toMatch(/\{\{|undefined|NaN/);
      expect(inChinese, code).not.toBe(inEnglish);
    }
  });

  it('uses only parameters the note has', () => {
    for (const lng of languages)
      for (const code of fitNoteCodes) {
        const names = Object.keys(examples[code].params).concat(examples[code].cause ? ['cause'] : []);
        for (const [, name] of raw(lng, code).matchAll(/\{\{\s*(\w+)/g))
          expect(names, `${lng} ${code}`).toContain(name);
      }
  });

  it('formats numbers in the reader’s language and says a cause inside its note', () => {
    const [en, zh] = languages.map(translator);
    expect(translateFitNote(en!.t, examples.spend_correlated)).toContain('(r = 0.46)');
    expect(translateFitNote(en!.t, examples.infinite_mean_spend)).toMatch(/^q = 0\.877 ≤ 1/);
    expect(translateFitNote(en!.t, examples.zero_spend_left_out)).toContain('12,345 customers');
    expect(translateFitNote(en!.t, examples.calibration_fit_failed)).toBe(
      'The model refitted on the calibration period: Only 3 customers bought more than once; the BG/NBD model needs at least 10.',
    );
    expect(translateFitNote(zh!.t, examples.calibration_fit_failed)).toContain('只有 3 位客户购买过不止一次');
  });

  it('shows the stored English of a run recorded before notes existed', () => {
    const en = translator('en');
    expect(fitReasonText(en.t, null, 'cannot fit the BG/NBD model: …')).toBe(
      'cannot fit the BG/NBD model: …',
    );
    expect(fitReasonText(en.t, examples.no_refresh, 'no refresh has run yet')).toBe(
      'No refresh has run yet.',
    );
  });
});
