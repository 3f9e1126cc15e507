import type { Picklist } from '../../../../shared/contracts/customers';
import type { CustomFieldRule } from '../../../../shared/customers/custom-values';
import type { WriteContext } from '../profile/write-context';
import {
  looksLikeFormula,
  parseBoolean,
  parseDate,
  parseGender,
  parseMoneyCents,
  parseNumber,
  reportValue,
  splitContacts,
  splitList,
  type Parsed,
} from './cell-values';
import { normaliseHeader } from './mapping-suggestions';

export type ImportColumn = { index: number; header: string; field: string };
export type UserRef = { id: string; teamId: string | null };

/** What mapping a row needs, loaded once per pass. */
export type RowContext = {
  write: WriteContext;
  rules: ReadonlyMap<string, CustomFieldRule>;
  columns: readonly ImportColumn[];
  /** Active users by id, by lower-case email and by lower-case name. */
  users: ReadonlyMap<string, UserRef>;
  picklists: Record<Picklist, ReadonlyMap<string, string>>;
};

export type RowProblem = { column: string | null; reason: string; value: string | null };
export type CellSource = { header: string; value: string };

/** A file row turned into a customer input, with where each part came from. */
export type MappedRow = {
  line: number;
  input: Record<string, unknown>;
  companyName: string | null;
  /** Input path (`name`, `phones.1`, `custom.level`) → the cell it came from. */
  sources: Map<string, CellSource>;
  problems: RowProblem[];
};

/** English names of the fields, for problem reasons; custom fields use their own label. */
export const fieldLabels: Record<string, string> = {
  name: 'Name',
  kind: 'Kind',
  phones: 'Phone',
  emails: 'Email',
  company: 'Company',
  title: 'Title',
  gender: 'Gender',
  birthday: 'Birthday',
  province: 'Province',
  city: 'City',
  district: 'District',
  line1: 'Address',
  line2: 'Address line 2',
  postcode: 'Postcode',
  source: 'Source',
  category: 'Category',
  valueTier: 'Value tier',
  lifecycleStage: 'Lifecycle stage',
  owner: 'Owner',
  tags: 'Tags',
  notes: 'Notes',
  externalId: 'External ID',
};

const addressParts: Record<string, string> = {
  province: 'province',
  city: 'city',
  district: 'district',
  line1: 'line1',
  line2: 'line2',
  postcode: 'postcode',
};
const picklistFields: Record<string, Picklist> = {
  source: 'source',
  category: 'category',
  valueTier: 'value_tier',
  lifecycleStage: 'lifecycle_stage',
};
const plainText = new Set(['name', 'title', 'notes', 'externalId']);
const kinds: Record<string, 'person' | 'company'> = {
  person: 'person',
  个人: 'person',
  人: 'person',
  company: 'company',
  公司: 'company',
  企业: 'company',
  organisation: 'company',
  organization: 'company',
};

const labelOf = (field: string, ctx: RowContext) =>
  field.startsWith('custom.')
    ? (ctx.rules.get(field.slice(7))?.label ?? field)
    : (fieldLabels[field] ?? field);

const customValue = (rule: CustomFieldRule, text: string, ctx: RowContext): Parsed<unknown> => {
  switch (rule.type) {
    case 'text':
    case 'long_text':
      return looksLikeFormula(text)
        ? { ok: false, reason: 'looks like a spreadsheet formula' }
        : { ok: true, value: text };
    case 'number':
      return parseNumber(text);
    case 'money':
      return parseMoneyCents(text);
    case 'date':
      return parseDate(text);
    case 'boolean':
      return parseBoolean(text);
    case 'select': {
      const option = rule.options.find((o) => o.toLowerCase() === text.toLowerCase());
      return { ok: true, value: option ?? text };
    }
    case 'multi_select':
      return {
        ok: true,
        value: splitList(text).map((v) => rule.options.find((o) => o.toLowerCase() === v.toLowerCase()) ?? v),
      };
    case 'user': {
      const user = ctx.users.get(text.toLowerCase());
      return user
        ? { ok: true, value: user.id }
        : { ok: false, reason: 'is not an active user (email or name)' };
    }
  }
};

/**
 * Reads one row through the mapping into a customer input. Cells that cannot be read (a date
 * that is not a date, a formula in a text field, an unknown owner) become problems naming the
 * column; blank cells are left out, so an update never clears a value.
 */
export const mapRow = (cells: readonly string[], line: number, ctx: RowContext): MappedRow => {
  const input: Record<string, unknown> = {};
  const sources = new Map<string, CellSource>();
  const problems: RowProblem[] = [];
  let companyName: string | null = null;
  const address: Record<string, string> = {};
  const list = (key: string) => (input[key] ??= []) as unknown[];
  for (const { index, header, field } of ctx.columns) {
    const text = (cells[index] ?? '').trim();
    if (!text) continue;
    const problem = (reason: string) =>
      problems.push({ column: header, reason: `${labelOf(field, ctx)} ${reason}`, value: reportValue(text) });
    const source = { header, value: text };
    const isText =
      plainText.has(field) ||
      field === 'company' ||
      field === 'tags' ||
      field in addressParts ||
      field in picklistFields;
    if (isText && looksLikeFormula(text)) {
      problem(`looks like a spreadsheet formula (starts with ${text[0]}); formulas are not imported`);
      continue;
    }
    if (plainText.has(field)) {
      input[field] = text;
      sources.set(field, source);
    } else if (field === 'phones' || field === 'emails') {
      for (const value of splitContacts(text)) {
        const entries = list(field);
        sources.set(`${field}.${entries.length}`, source);
        entries.push(
          field === 'phones'
            ? {
                label: /座机|固话|办公|office|work|landline/i.test(header) ? 'work' : 'mobile',
                number: value,
                primary: false,
              }
            : { label: 'work', address: value, primary: false },
        );
      }
    } else if (field === 'tags') {
      for (const tag of splitList(text)) {
        const tags = list('tags');
        sources.set(`tags.${tags.length}`, source);
        tags.push(tag);
      }
    } else if (field in addressParts) {
      address[addressParts[field]!] = text;
      sources.set(`addresses.0.${addressParts[field]}`, source);
    } else if (field in picklistFields) {
      const key = ctx.picklists[picklistFields[field]!].get(normaliseHeader(text));
      input[field] = key ?? text;
      sources.set(field, source);
    } else if (field === 'company') {
      companyName = text;
      sources.set('companyId', source);
    } else if (field === 'kind') {
      const kind = kinds[text.toLowerCase()];
      if (!kind) problem('must be 个人 or 公司 (person or company)');
      else input.kind = kind;
      sources.set('kind', source);
    } else if (field === 'gender') {
      const gender = parseGender(text);
      if (gender.ok) input.gender = gender.value;
      else problem(gender.reason);
      sources.set('gender', source);
    } else if (field === 'birthday') {
      const date = parseDate(text);
      if (date.ok) input.birthday = date.value;
      else problem(date.reason);
      sources.set('birthday', source);
    } else if (field === 'owner') {
      const owner = ctx.users.get(text.toLowerCase());
      if (owner) input.ownerId = owner.id;
      else problem('is not an active user of this organisation (use their email or name)');
      sources.set('ownerId', source);
    } else if (field.startsWith('custom.')) {
      const rule = ctx.rules.get(field.slice(7));
      if (!rule) continue;
      const value = customValue(rule, text, ctx);
      if (value.ok) ((input.custom ??= {}) as Record<string, unknown>)[rule.key] = value.value;
      else problem(value.reason);
      sources.set(field, source);
    }
  }
  if (Object.keys(address).length > 0)
    input.addresses = [{ label: 'office', country: ctx.write.region, ...address, primary: true }];
  return { line, input, companyName, sources, problems };
};

/** The cell an input path came from: `phones.0.number` → the cell of `phones.0`. */
export const sourceOf = (row: MappedRow, path: string): CellSource | undefined => {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const source = row.sources.get(p);
    if (source) return source;
  }
  return undefined;
};
