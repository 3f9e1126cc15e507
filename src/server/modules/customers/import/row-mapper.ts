import type { Picklist } from '../../../../shared/contracts/customers';
import type {
  CustomerImportProblemCode,
  ImportProblemParams,
} from '../../../../shared/contracts/import-problems';
import type { CustomFieldRule } from '../../../../shared/customers/custom-values';
import { importProblemText } from '../../../../shared/i18n/import-problem-text';
import type { WriteContext } from '../profile/write-context';
import {
  looksLikeFormula,
  parseBoolean,
  parseDate,
  parseGender,
  parseMoneyCents,
  parseNumber,
  refuse,
  reportValue,
  splitContacts,
  splitList,
  type Parsed,
  type Refusal,
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

/** A problem of one row: where, the English reason, and its code and params (`field` among them). */
export type RowProblem = {
  column: string | null;
  reason: string;
  value: string | null;
  code: CustomerImportProblemCode;
  params: ImportProblemParams;
};
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

/** English names of the fields, for problem reasons (the report's, shared with the web); custom fields use their own label. */
export const fieldLabels: Readonly<Record<string, string>> = importProblemText.en.fields;

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

/** The English label of an import field (`birthday`, `custom.level`). */
export const labelOf = (field: string, ctx: RowContext) =>
  field.startsWith('custom.')
    ? (ctx.rules.get(field.slice(7))?.label ?? field)
    : (fieldLabels[field] ?? field);

const formula = (text: string) =>
  refuse('formula', `looks like a spreadsheet formula (starts with ${text[0]}); formulas are not imported`, {
    start: text[0]!,
  });
const unknownUser = () =>
  refuse('unknown_user', 'is not an active user of this organisation (use their email or name)');

const customValue = (rule: CustomFieldRule, text: string, ctx: RowContext): Parsed<unknown> => {
  switch (rule.type) {
    case 'text':
    case 'long_text':
      return looksLikeFormula(text) ? formula(text) : { ok: true, value: text };
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
      return user ? { ok: true, value: user.id } : unknownUser();
    }
  }
};

type RowState = {
  input: Record<string, unknown>;
  sources: Map<string, CellSource>;
  problems: RowProblem[];
  address: Record<string, string> | null;
  companyName: string | null;
};

const isTextField = (field: string) =>
  plainText.has(field) ||
  field === 'company' ||
  field === 'tags' ||
  field in addressParts ||
  field in picklistFields;

const pushTo = (state: RowState, key: string, path: string, source: CellSource, value: unknown) => {
  const list = (state.input[key] ??= []) as unknown[];
  state.sources.set(`${path}.${list.length}`, source);
  list.push(value);
};

/** Reads one non-blank cell into the row; returns why not when it cannot be read. */
const readCell = (state: RowState, field: string, source: CellSource, ctx: RowContext): Refusal | null => {
  const text = source.value;
  if (isTextField(field) && looksLikeFormula(text)) return formula(text);
  if (plainText.has(field)) {
    state.input[field] = text;
    state.sources.set(field, source);
    return null;
  }
  if (field === 'phones') {
    const label = /座机|固话|办公|office|work|landline/i.test(source.header) ? 'work' : 'mobile';
    for (const number of splitContacts(text))
      pushTo(state, 'phones', 'phones', source, { label, number, primary: false });
    return null;
  }
  if (field === 'emails') {
    for (const address of splitContacts(text))
      pushTo(state, 'emails', 'emails', source, { label: 'work', address, primary: false });
    return null;
  }
  if (field === 'tags') {
    for (const tag of splitList(text)) pushTo(state, 'tags', 'tags', source, tag);
    return null;
  }
  if (field in addressParts) {
    (state.address ??= {})[addressParts[field]!] = text;
    state.sources.set(`addresses.0.${addressParts[field]}`, source);
    return null;
  }
  if (field in picklistFields) {
    state.input[field] = ctx.picklists[picklistFields[field]!].get(normaliseHeader(text)) ?? text;
    state.sources.set(field, source);
    return null;
  }
  if (field === 'company') {
    state.companyName = text;
    state.sources.set('companyId', source);
    return null;
  }
  const parsed = typedCell(field, text, ctx);
  if (!parsed) return null;
  state.sources.set(parsed.path, source);
  if (!parsed.value.ok) return parsed.value;
  if (parsed.path.startsWith('custom.'))
    ((state.input.custom ??= {}) as Record<string, unknown>)[parsed.path.slice(7)] = parsed.value.value;
  else state.input[parsed.path] = parsed.value.value;
  return null;
};

/** Fields whose cells must parse as a type: where the value goes, and the value or a reason. */
const typedCell = (
  field: string,
  text: string,
  ctx: RowContext,
): { path: string; value: Parsed<unknown> } | null => {
  switch (field) {
    case 'kind': {
      const kind = kinds[text.toLowerCase()];
      return {
        path: 'kind',
        value: kind
          ? { ok: true, value: kind }
          : refuse('bad_kind', 'must be 个人 or 公司 (person or company)'),
      };
    }
    case 'gender':
      return { path: 'gender', value: parseGender(text) };
    case 'birthday':
      return { path: 'birthday', value: parseDate(text) };
    case 'owner': {
      const owner = ctx.users.get(text.toLowerCase());
      return {
        path: 'ownerId',
        value: owner ? { ok: true, value: owner.id } : unknownUser(),
      };
    }
  }
  const rule = field.startsWith('custom.') ? ctx.rules.get(field.slice(7)) : undefined;
  return rule ? { path: field, value: customValue(rule, text, ctx) } : null;
};

/**
 * Reads one row through the mapping into a customer input. Cells that cannot be read (a date
 * that is not a date, a formula in a text field, an unknown owner) become problems naming the
 * column; blank cells are left out, so an update never clears a value.
 */
export const mapRow = (cells: readonly string[], line: number, ctx: RowContext): MappedRow => {
  const state: RowState = { input: {}, sources: new Map(), problems: [], address: null, companyName: null };
  for (const column of ctx.columns) {
    const value = (cells[column.index] ?? '').trim();
    if (!value) continue;
    const refusal = readCell(state, column.field, { header: column.header, value }, ctx);
    if (refusal)
      state.problems.push({
        column: column.header,
        reason: `${labelOf(column.field, ctx)} ${refusal.reason}`,
        value: reportValue(value),
        code: refusal.code,
        params: { field: column.field, ...refusal.params },
      });
  }
  if (state.address)
    state.input.addresses = [{ label: 'office', country: ctx.write.region, ...state.address, primary: true }];
  return {
    line,
    input: state.input,
    companyName: state.companyName,
    sources: state.sources,
    problems: state.problems,
  };
};

/** The cell an input path came from: `phones.0.number` → the cell of `phones.0`. */
export const sourceOf = (row: MappedRow, path: string): CellSource | undefined => {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const source = row.sources.get(p);
    if (source) return source;
  }
  return undefined;
};
