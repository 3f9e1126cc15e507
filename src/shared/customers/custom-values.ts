import type { CustomFieldType } from '../contracts/custom-fields';
import type { CustomerImportProblemCode, ImportProblemParams } from '../contracts/import-problems';

export type CustomFieldRule = {
  key: string;
  label: string;
  type: CustomFieldType;
  options: readonly string[];
  required: boolean;
};

/** `code` and `params`: how an import reports the issue (see import-problems). */
export type ValueIssue = {
  path: string;
  message: string;
  code?: CustomerImportProblemCode;
  params?: ImportProblemParams;
};
type Refused = { ok: false; reason: string; code: CustomerImportProblemCode; params?: ImportProblemParams };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isBlank = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

const validDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** One value checked against its field; returns the stored form or a reason it cannot be stored. */
const checkValue = (rule: CustomFieldRule, value: unknown): { ok: true; value: unknown } | Refused => {
  switch (rule.type) {
    case 'text':
    case 'long_text': {
      const max = rule.type === 'text' ? 500 : 10_000;
      if (typeof value !== 'string') return { ok: false, reason: 'must be text', code: 'invalid' };
      if (value.length > max)
        return { ok: false, reason: `must be at most ${max} characters`, code: 'too_long', params: { max } };
      return { ok: true, value: value.trim() };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, reason: 'must be a number', code: 'bad_number' };
    case 'money':
      return Number.isSafeInteger(value)
        ? { ok: true, value }
        : { ok: false, reason: 'must be a whole number of cents (minor units)', code: 'bad_money' };
    case 'date':
      return typeof value === 'string' && validDate(value)
        ? { ok: true, value }
        : { ok: false, reason: 'must be a real date such as 2026-01-31', code: 'bad_date' };
    case 'boolean':
      return typeof value === 'boolean'
        ? { ok: true, value }
        : { ok: false, reason: 'must be true or false', code: 'bad_boolean' };
    case 'user':
      return typeof value === 'string' && UUID.test(value)
        ? { ok: true, value }
        : { ok: false, reason: 'must be a user id', code: 'unknown_user' };
    case 'select':
      return typeof value === 'string' && rule.options.includes(value)
        ? { ok: true, value }
        : {
            ok: false,
            reason: `must be one of ${rule.options.join(', ')}`,
            code: 'unknown_option',
            params: { value: String(value), allowed: rule.options.join(', ') },
          };
    case 'multi_select': {
      if (!Array.isArray(value)) return { ok: false, reason: 'must be a list', code: 'invalid' };
      const unknown = value.filter((v) => typeof v !== 'string' || !rule.options.includes(v));
      if (unknown.length > 0)
        return {
          ok: false,
          reason: `has ${unknown.map(String).join(', ')}, not among ${rule.options.join(', ')}`,
          code: 'unknown_option',
          params: { value: unknown.map(String).join(', '), allowed: rule.options.join(', ') },
        };
      return { ok: true, value: [...new Set(value as string[])] };
    }
  }
};

/**
 * Checks custom field values against the organisation's definitions. `current` is what the
 * customer holds now (for updates): required fields must stay filled. Unknown keys are refused,
 * so a typo never silently vanishes. Blank values clear the field.
 */
export const checkCustomValues = (
  rules: readonly CustomFieldRule[],
  input: Record<string, unknown>,
  current: Record<string, unknown> = {},
): { values: Record<string, unknown>; issues: ValueIssue[] } => {
  const byKey = new Map(rules.map((r) => [r.key, r]));
  const issues: ValueIssue[] = [];
  const values: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(input)) {
    const rule = byKey.get(key);
    const path = `custom.${key}`;
    if (!rule) {
      issues.push({ path, message: `is not a custom field of this organisation`, code: 'invalid' });
      continue;
    }
    if (isBlank(value)) {
      delete values[key];
      continue;
    }
    const checked = checkValue(rule, value);
    if (checked.ok) values[key] = checked.value;
    else
      issues.push({
        path,
        message: `${rule.label} ${checked.reason}`,
        code: checked.code,
        params: checked.params,
      });
  }
  for (const rule of rules) {
    if (rule.required && isBlank(values[rule.key]) && !issues.some((i) => i.path === `custom.${rule.key}`))
      issues.push({ path: `custom.${rule.key}`, message: `${rule.label} is required`, code: 'required' });
  }
  return { values, issues };
};
