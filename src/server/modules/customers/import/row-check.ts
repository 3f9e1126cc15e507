import type { z } from 'zod';
import { CustomerCreateSchema } from '../../../../shared/contracts/customers';
import type { ValueIssue } from '../../../../shared/customers/custom-values';
import type { ProfileColumns, SearchColumns } from '../profile/customer-profile';
import { profileIssues } from '../profile/write-context';
import { reportValue } from './cell-values';
import { labelOf, sourceOf, type MappedRow, type RowContext, type RowProblem } from './row-mapper';

/** A create's shape, except that a row may leave out the name when it only updates. */
const ImportRowSchema = CustomerCreateSchema.extend({ name: CustomerCreateSchema.shape.name.optional() });
export type ImportRowInput = z.infer<typeof ImportRowSchema>;

/**
 * A row that passed every check: its input, the profile it makes on its own and, when it is to
 * be loaded, that profile's search columns (worked out ahead, while the database is busy).
 */
export type CheckedRow = {
  row: MappedRow;
  input: ImportRowInput;
  profile: ProfileColumns;
  search?: SearchColumns;
};

const pathFields: Record<string, string> = {
  companyId: 'company',
  ownerId: 'owner',
  teamId: 'owner',
};
const addressFields = new Set(['province', 'city', 'district', 'line1', 'line2', 'postcode']);

/** The import field an input path comes from: `phones.0.number` → phones, `addresses.0.city` → city. */
const fieldOf = (path: string): string => {
  const [head, second, third] = path.split('.');
  if (head === 'custom') return `custom.${second ?? ''}`;
  if (head === 'addresses') return third && addressFields.has(third) ? third : 'line1';
  return pathFields[head!] ?? head!;
};

/** An issue from the profile rules, as a problem naming the column and the value. */
export const toProblem = (row: MappedRow, issue: ValueIssue, ctx: RowContext): RowProblem => {
  const source = sourceOf(row, issue.path);
  const field = fieldOf(issue.path);
  const label = labelOf(field, ctx);
  const reason = issue.message.startsWith(label) ? issue.message : `${label} ${issue.message}`;
  return {
    column: source?.header ?? null,
    reason,
    value: source ? reportValue(source.value) : null,
    code: issue.code ?? 'invalid',
    params: { field, ...issue.params },
  };
};

/** What a schema issue means for a cell: too long, too many entries, blank, or otherwise invalid. */
const schemaIssue = (issue: z.core.$ZodIssue): Pick<ValueIssue, 'code' | 'params'> => {
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { code: 'too_long', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { code: 'too_many', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'string') return { code: 'required' };
  return { code: 'invalid' };
};

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A required custom field left blank: whether that matters depends on create or update, decided later. */
const isRequiredness = (issue: ValueIssue, profile: ProfileColumns, ctx: RowContext) => {
  const [head, key] = issue.path.split('.');
  return head === 'custom' && !!ctx.rules.get(key ?? '')?.required && isBlank(profile.custom[key ?? '']);
};

export type RowCheck = {
  row: MappedRow;
  result: { ok: true; checked: CheckedRow } | { ok: false; problems: RowProblem[] };
};

/**
 * Checks a mapped row with the same rules as the customer form (the shared contract, then
 * phones, emails, pick lists and custom fields), leaving out what only a create requires.
 * Returns the row's problems, or the checked input and profile.
 */
export const checkRow = (row: MappedRow, ctx: RowContext): RowCheck['result'] => {
  if (row.problems.length > 0) return { ok: false, problems: row.problems };
  const parsed = ImportRowSchema.safeParse(row.input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) =>
        toProblem(row, { path: i.path.join('.'), message: i.message, ...schemaIssue(i) }, ctx),
      ),
    };
  const { profile, issues } = profileIssues(parsed.data, null, ctx.write);
  const problems = issues.filter((i) => !isRequiredness(i, profile, ctx)).map((i) => toProblem(row, i, ctx));
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, checked: { row, input: parsed.data, profile } };
};

/** What a new customer needs beyond a valid row: a name and every required custom field. */
export const createProblems = (checked: CheckedRow, ctx: RowContext): RowProblem[] => {
  const problems: RowProblem[] = [];
  if (!checked.input.name)
    problems.push({
      column: ctx.columns.find((c) => c.field === 'name')?.header ?? null,
      reason: 'Name is required to create a customer',
      value: null,
      code: 'name_required',
      params: { field: 'name' },
    });
  for (const rule of ctx.rules.values()) {
    if (rule.required && isBlank(checked.profile.custom[rule.key]))
      problems.push({
        column: ctx.columns.find((c) => c.field === `custom.${rule.key}`)?.header ?? null,
        reason: `${rule.label} is required`,
        value: null,
        code: 'required',
        params: { field: `custom.${rule.key}` },
      });
  }
  return problems;
};

const mergeBy = <T>(current: T[], added: T[], key: (t: T) => string): T[] => {
  const have = new Set(current.map(key));
  return [...current, ...added.filter((a) => !have.has(key(a)))];
};

/**
 * The profile a matched customer gets: values the row gives replace the current ones; phones,
 * emails and tags are added to what the customer has; blank cells change nothing. Returns
 * problems (a required custom field the customer lacks, say) instead when the result is invalid.
 */
export const mergeRow = (
  checked: CheckedRow,
  current: ProfileColumns,
  ctx: RowContext,
): { ok: true; profile: ProfileColumns } | { ok: false; problems: RowProblem[] } => {
  const { input, profile: own, row } = checked;
  const mainAddress = current.addresses.find((a) => a.primary);
  const givenAddress = input.addresses?.[0];
  const { profile, issues } = profileIssues(
    {
      ...input,
      name: input.name ?? current.name,
      phones: input.phones ? mergeBy(current.phones, own.phones, (p) => p.number) : undefined,
      emails: input.emails ? mergeBy(current.emails, own.emails, (e) => e.address) : undefined,
      tags: input.tags ? mergeBy(current.tags, own.tags, (t) => t) : undefined,
      addresses: givenAddress
        ? [
            { ...(mainAddress ?? givenAddress), ...stripBlank(givenAddress), primary: true },
            ...current.addresses.filter((a) => a !== mainAddress),
          ]
        : undefined,
    },
    current,
    ctx.write,
  );
  return issues.length > 0
    ? { ok: false, problems: issues.map((i) => toProblem(row, i, ctx)) }
    : { ok: true, profile };
};

const stripBlank = <T extends Record<string, unknown>>(value: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as Partial<T>;
