import { describe, expect, it } from 'vitest';
import {
  looksLikeFormula,
  parseBoolean,
  parseDate,
  parseGender,
  parseMoneyCents,
  parseNumber,
  splitContacts,
  splitList,
} from './cell-values';

describe('reading spreadsheet cells', () => {
  it('reads dates as people write them and refuses impossible ones', () => {
    expect(parseDate('2024-1-31')).toEqual({ ok: true, value: '2024-01-31' });
    expect(parseDate('2024/02/29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2024年3月5日')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('20240305')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('2024-03-05 00:00:00')).toEqual({ ok: true, value: '2024-03-05' });
    const impossible = { ok: false, code: 'impossible_date', params: {}, reason: 'is not a real date' };
    expect(parseDate('2023-02-30')).toEqual(impossible);
    expect(parseDate('2023-13-01')).toEqual(impossible);
    expect(parseDate('03/05/2024')).toMatchObject({ ok: false, code: 'bad_date' });
  });

  it('takes only clean numbers, so formula-like arithmetic is refused', () => {
    expect(parseNumber('-5')).toEqual({ ok: true, value: -5 });
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('-2+3').ok).toBe(false);
    expect(parseNumber('=1+1').ok).toBe(false);
    expect(parseMoneyCents('¥1,200.50')).toEqual({ ok: true, value: 120050 });
    expect(parseMoneyCents('88元')).toEqual({ ok: true, value: 8800 });
    expect(parseMoneyCents('lots').ok).toBe(false);
  });

  it('flags cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)'])
      expect(looksLikeFormula(cell)).toBe(true);
    for (const cell of ['张三', 'a=b', '13800138000']) expect(looksLikeFormula(cell)).toBe(false);
  });

  it('reads genders and yes/no in Chinese and English', () => {
    expect([parseGender('男'), parseGender('F'), parseGender('其他')]).toEqual([
      { ok: true, value: 'male' },
      { ok: true, value: 'female' },
      { ok: true, value: 'other' },
    ]);
    expect(parseGender('x').ok).toBe(false);
    expect([parseBoolean('是'), parseBoolean('No'), parseBoolean('1')]).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: true },
    ]);
  });

  it('splits lists on Chinese and English separators, keeping spaces inside phone numbers', () => {
    expect(splitList('VIP，老客户；茶、 咖啡 ')).toEqual(['VIP', '老客户', '茶', '咖啡']);
    expect(splitContacts('138 0013 8000 / 139-1234-5678')).toEqual(['138 0013 8000', '139-1234-5678']);
  });
});
