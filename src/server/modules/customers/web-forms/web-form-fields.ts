import type { CustomerCreate } from '../../../../shared/contracts/customers';
import type { WebFormField, webFormInputs } from '../../../../shared/contracts/web-forms';
import type { CustomFieldRule } from '../../../../shared/customers/custom-values';

type Issue = { path: string; message: string };
type Input = (typeof webFormInputs)[number];

const builtinInputs: Record<string, Input> = {
  name: 'text',
  phone: 'tel',
  email: 'email',
  company: 'text',
  title: 'text',
  city: 'text',
  notes: 'textarea',
};

const customInputs: Record<CustomFieldRule['type'], Input | null> = {
  text: 'text',
  long_text: 'textarea',
  number: 'number',
  money: 'number',
  date: 'date',
  select: 'select',
  multi_select: 'multi_select',
  boolean: 'boolean',
  // A visitor cannot pick one of the organisation's users.
  user: null,
};

const customKeyOf = (field: string) => (field.startsWith('custom.') ? field.slice('custom.'.length) : null);

/**
 * Problems with a form's fields: repeats, unknown or unsuitable custom fields, no name, neither
 * phone nor email (a lead nobody can contact), or a required custom field left off (every
 * submission would fail).
 */
export const formFieldIssues = (fields: WebFormField[], rules: readonly CustomFieldRule[]): Issue[] => {
  const issues: Issue[] = [];
  const byKey = new Map(rules.map((r) => [r.key, r]));
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const path = `body.fields.${i}.field`;
    if (seen.has(f.field)) issues.push({ path, message: `${f.field} is already on the form` });
    seen.add(f.field);
    const key = customKeyOf(f.field);
    if (key === null) return;
    const rule = byKey.get(key);
    if (!rule) issues.push({ path, message: `${f.field} is not a custom field of this organisation` });
    else if (!customInputs[rule.type])
      issues.push({ path, message: `${rule.label} holds a user, which visitors cannot choose` });
  });
  if (!seen.has('name')) issues.push({ path: 'body.fields', message: 'must include the name field' });
  if (!seen.has('phone') && !seen.has('email'))
    issues.push({ path: 'body.fields', message: 'must include a phone or an email field' });
  for (const rule of rules)
    if (rule.required && !seen.has(`custom.${rule.key}`))
      issues.push({
        path: 'body.fields',
        message: `must include custom.${rule.key} (${rule.label}), which every customer needs`,
      });
  return issues;
};

/** The field as the public page draws it. */
export const publicField = (f: WebFormField, rules: readonly CustomFieldRule[]) => {
  const key = customKeyOf(f.field);
  const rule = key === null ? undefined : rules.find((r) => r.key === key);
  return {
    field: f.field,
    label: f.label,
    required: f.required,
    input: (rule ? (customInputs[rule.type] ?? 'text') : builtinInputs[f.field]) ?? 'text',
    options: rule?.options ? [...rule.options] : [],
  };
};

const isBlank = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** A visitor's text made into the custom field's stored type; bad text is passed on for the rules to name. */
const customValue = (rule: CustomFieldRule | undefined, raw: unknown): unknown => {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (rule?.type) {
    case 'number':
      return typeof text === 'string' && text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    case 'money': {
      const units = typeof text === 'string' ? Number(text) : text;
      return typeof units === 'number' && Number.isFinite(units) ? Math.round(units * 100) : text;
    }
    case 'boolean':
      return text === true || text === 'true';
    case 'multi_select':
      return typeof text === 'string'
        ? text
            .split(/[,，]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : text;
    default:
      return text;
  }
};

/**
 * Turns a submission's values into a customer profile input. Keys not on the form, required
 * fields left blank and a submission with neither phone nor email are problems (paths name
 * `body.values.<field>`). The company is returned as a name for the caller to link.
 */
export const submissionInput = (
  fields: WebFormField[],
  values: Record<string, unknown>,
  rules: readonly CustomFieldRule[],
  region: string,
): { input: Partial<CustomerCreate>; companyName: string | null; issues: Issue[] } => {
  const issues: Issue[] = [];
  const onForm = new Map(fields.map((f) => [f.field, f]));
  for (const key of Object.keys(values))
    if (!onForm.has(key)) issues.push({ path: `body.values.${key}`, message: 'is not a field of this form' });
  const text = (key: string): string | null => {
    const v = values[key];
    if (isBlank(v) || !onForm.has(key)) return null;
    return typeof v === 'string' ? v.trim() : String(v);
  };
  for (const f of fields)
    if ((f.required || f.field === 'name') && isBlank(values[f.field]))
      issues.push({ path: `body.values.${f.field}`, message: `${f.label} is required` });
  const contact = ['phone', 'email'].filter((k) => onForm.has(k));
  if (contact.length && contact.every((k) => text(k) === null))
    issues.push({
      path: `body.values.${contact[0]}`,
      message: 'enter a phone number or an email so we can reach you',
    });

  const company = text('company');
  if (company && company.length > 200)
    issues.push({ path: 'body.values.company', message: 'must be at most 200 characters' });
  const phone = text('phone');
  const email = text('email');
  const city = text('city');
  const custom: Record<string, unknown> = {};
  for (const f of fields) {
    const key = customKeyOf(f.field);
    if (key !== null && !isBlank(values[f.field]))
      custom[key] = customValue(
        rules.find((r) => r.key === key),
        values[f.field],
      );
  }
  const input: Partial<CustomerCreate> = {
    kind: 'person',
    name: text('name') ?? '',
    ...(text('title') ? { title: text('title') } : {}),
    ...(text('notes') ? { notes: text('notes') } : {}),
    phones: phone ? [{ label: 'mobile', number: phone, primary: true }] : [],
    emails: email ? [{ label: 'work', address: email, primary: true }] : [],
    addresses: city ? [{ label: 'office', country: region, city, primary: true }] : [],
    custom,
  };
  return { input, companyName: company, issues };
};

/** A profile problem's path (`phones.0.number`, `custom.size`) as the submission names it. */
export const valuesPath = (path: string): string => {
  const [head, ...rest] = path.split('.');
  if (head === 'phones') return 'body.values.phone';
  if (head === 'emails') return 'body.values.email';
  if (head === 'addresses') return 'body.values.city';
  if (head === 'custom') return `body.values.custom.${rest[0] ?? ''}`;
  return `body.values.${head}`;
};
