import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { customerImportProblemCodes } from '../../../../shared/contracts/import-problems';
import type { ImportFieldKey } from '../../../../shared/contracts/imports';
import { problemText } from '../../../../shared/i18n/import-problem-text';
import { en } from '../../../app/i18n/en';
import { zhCN } from '../../../app/i18n/zh-CN';
import { problemReason } from './problem-reason';

const languages = ['en', 'zh-CN'] as const;

/** A translator for one language with no fallback, so a missing sentence shows as its key. */
const translator = (lng: (typeof languages)[number]): TFunction => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
};

const labels = (t: TFunction) => (field: string) =>
  field === 'custom.contract' ? '合同编号' : t(`importWizard.fields.${field as ImportFieldKey}`);

const reasonIn = (
  lng: (typeof languages)[number],
  code: string | null,
  params: Record<string, string | number>,
) => {
  const t = translator(lng);
  return problemReason(t, labels(t), { code, params, reason: 'the English reason' });
};

describe('customer import problem reasons', () => {
  const params = { field: 'phones', value: 'x', max: 200, start: '=', allowed: 'a, b' };

  it.each(languages)('has a complete sentence in %s for every code the server records', (lng) => {
    for (const code of customerImportProblemCodes) {
      const text = reasonIn(lng, code, params);
      expect(text, code).not.toMatch(/reasons\.|\{\{|the English reason/);
      if (lng === 'zh-CN') expect(text, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(languages)('reads in %s exactly as the downloaded report does', (lng) => {
    const t = translator(lng);
    const { field: _, ...noField } = params;
    // A custom field, no field at all, and placeholders left without a value.
    const variants = [params, { ...noField, field: 'custom.contract' }, noField, { field: 'name' }];
    for (const code of customerImportProblemCodes)
      for (const variant of variants)
        expect(reasonIn(lng, code, variant), code).toBe(problemText(lng, code, variant, labels(t)));
  });

  it('names the field in the reader’s language', () => {
    expect(reasonIn('zh-CN', 'bad_phone', { field: 'phones', value: '12345' })).toBe(
      '电话号码“12345”无法识别',
    );
    expect(reasonIn('en', 'bad_phone', { field: 'phones', value: '12345' })).toBe(
      'Phone 12345 is not a valid phone number',
    );
    expect(reasonIn('zh-CN', 'formula', { field: 'name', start: '=' })).toBe(
      '姓名看起来像电子表格公式（以 = 开头），已拒绝导入',
    );
    expect(reasonIn('en', 'too_long', { field: 'name', max: 200 })).toBe(
      'Name must be at most 200 characters',
    );
  });

  it('names a custom field by its own label', () => {
    expect(reasonIn('zh-CN', 'required', { field: 'custom.contract' })).toBe('合同编号为必填项');
    expect(reasonIn('en', 'required', { field: 'custom.contract' })).toBe('合同编号 is required');
  });

  it('keeps the English reason of a problem without a code, or with one it does not know', () => {
    expect(reasonIn('zh-CN', null, {})).toBe('the English reason');
    expect(reasonIn('zh-CN', 'brand_new_check', { field: 'name' })).toBe('the English reason');
  });
});
