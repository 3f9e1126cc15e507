import type {
  CustomerImportProblemCode,
  ImportProblemParams,
} from '../../../../shared/contracts/import-problems';

/**
 * Reading spreadsheet cells as typed values. Each parser returns the value or why not: a code,
 * the params of its sentence and the reason in English, something a person can act on; none throws.
 */
export type Refusal = { code: CustomerImportProblemCode; params: ImportProblemParams; reason: string };
export type Refused = { ok: false } & Refusal;
export type Parsed<T> = { ok: true; value: T } | Refused;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const refuse = (
  code: CustomerImportProblemCode,
  reason: string,
  params: ImportProblemParams = {},
): Refused => ({ ok: false, code, params, reason });

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first): refused in text
 * fields so an exported file never carries them back out (CSV injection).
 */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text);

const pad = (n: number) => String(n).padStart(2, '0');

/** 2024-01-31, 2024/1/31, 2024.1.31, 2024年1月31日, 20240131, optionally with a time after. */
export const parseDate = (text: string): Parsed<string> => {
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return refuse('bad_date', 'is not a date; write dates as 2024-01-31');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return refuse('impossible_date', 'is not a real date');
  return ok(`${m[1]}-${pad(mo)}-${pad(d)}`);
};

const genders: Record<string, 'male' | 'female' | 'other'> = {
  男: 'male',
  男性: 'male',
  先生: 'male',
  m: 'male',
  male: 'male',
  man: 'male',
  女: 'female',
  女性: 'female',
  女士: 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
  其他: 'other',
  other: 'other',
};

export const parseGender = (text: string): Parsed<'male' | 'female' | 'other'> => {
  const value = genders[text.toLowerCase()];
  return value ? ok(value) : refuse('bad_gender', 'must be 男 or 女 (male, female or other)');
};

const booleans: Record<string, boolean> = {
  是: true,
  否: false,
  有: true,
  无: false,
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  '1': true,
  '0': false,
  '✓': true,
  '✔': true,
  '×': false,
};

export const parseBoolean = (text: string): Parsed<boolean> => {
  const value = booleans[text.toLowerCase()];
  return value === undefined ? refuse('bad_boolean', 'must be 是 or 否 (yes or no)') : ok(value);
};

/** A plain number: digits, one optional sign and decimal point, thousands commas allowed. */
export const parseNumber = (text: string): Parsed<number> => {
  const plain = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return refuse('bad_number', 'must be a number');
  const value = Number(plain);
  return Number.isFinite(value) ? ok(value) : refuse('bad_number', 'must be a number');
};

/** An amount such as ¥1,200.50 as integer cents. */
export const parseMoneyCents = (text: string): Parsed<number> => {
  const number = parseNumber(text.replace(/^([+-]?)\s*[¥￥$€£]\s*/, '$1').replace(/\s*(元|CNY|RMB)$/i, ''));
  if (!number.ok) return refuse('bad_money', 'must be an amount such as 1200.50');
  const cents = Math.round(number.value * 100);
  return Number.isSafeInteger(cents) ? ok(cents) : refuse('too_large', 'is too large');
};

/** Several values in one cell: 标签 "VIP，老客户；茶" → three tags. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,，;；、|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Several phones or emails in one cell; spaces stay, since "138 0013 8000" is one number. */
export const splitContacts = (text: string): string[] =>
  text
    .split(/[,，;；、|\n/]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** What a report shows of a cell: long values cut short so the report stays readable. */
export const reportValue = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
