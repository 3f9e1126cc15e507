import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { orderImportProblemCodes } from '../../../../shared/contracts/import-problems';
import { en } from '../../../app/i18n/en';
import { zhCN } from '../../../app/i18n/zh-CN';
import { customerKeyFields } from './order-mapping-check';
import { orderProblemReason } from './problem-reason';

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

const reasonIn = (
  lng: (typeof languages)[number],
  code: string | null,
  params: Record<string, string | number>,
) => {
  const t = translator(lng);
  const customerFields = new Intl.ListFormat(lng, { type: 'disjunction' }).format(
    customerKeyFields.map((f) => t(`orderImport.fields.${f}`)),
  );
  return orderProblemReason(t, customerFields, { code, params, reason: 'the English reason' });
};

describe('order import problem reasons', () => {
  const params = {
    max: 100,
    orderId: 'C5003',
    allowed: 'online_store, wechat',
    firstLine: 2,
    currency: 'USD',
    expected: 'CNY',
    quantity: 1,
    sku: 'CUP-1',
  };

  it.each(languages)('has a complete sentence in %s for every code the server records', (lng) => {
    for (const code of orderImportProblemCodes) {
      const text = reasonIn(lng, code, params);
      expect(text, code).not.toMatch(/reasons\.|\{\{|the English reason/);
      if (lng === 'zh-CN') expect(text, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fills in the params and names the customer fields in the reader’s language', () => {
    expect(reasonIn('zh-CN', 'no_customer_ref', {})).toBe(
      '没有指明客户（请填写客户编号、客户手机或客户邮箱）',
    );
    expect(reasonIn('en', 'no_customer_ref', {})).toBe(
      'names no customer (Customer ID, Customer phone, or Customer email)',
    );
    expect(reasonIn('zh-CN', 'return_unmatched', { quantity: 1, sku: 'CUP-1' })).toBe(
      '退回 1 件 CUP-1，但该客户在 Kehu 中没有更早的购买记录；已跳过',
    );
    expect(reasonIn('en', 'lines_differ', { firstLine: 2, orderId: '5001' })).toBe(
      'differs from line 2 of order 5001 in customer or time',
    );
  });

  it('keeps the English reason of a problem without a code, or with one it does not know', () => {
    expect(reasonIn('zh-CN', null, {})).toBe('the English reason');
    expect(reasonIn('en', 'brand_new_check', {})).toBe('the English reason');
  });
});
