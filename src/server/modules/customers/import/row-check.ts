import type { z } from 'zod';
import { CustomerCreateSchema } from '../../../../shared/contracts/customers';
import type { ValueIssue } from '../../../../shared/customers/custom-values';
import type { ProfileColumns, SearchColumns } from '../profile/customer-profile';
import { profileIssues } from '../profile/write-context';
import { reportValue } from './cell-values';
import { fieldLabels, sourceOf, type MappedRow, type RowContext, type RowProblem } from './row-mapper';

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

const pathLabels: Record<string, string> = {
  companyId: 'company',
  ownerId: 'owner',
  teamId: 'owner',
  addresses: 'line1',
};

const labelFor = (path: string, ctx: RowContext): string => {
  const [head, second] = path.split('.');
  if (head === 'custom') return ctx.rules.get(second ?? '')?.label ?? path;
  if (head === 'addresses') {
    const part = path.split('.')[2];
    return fieldLabels[part ?? 'line1'] ?? fieldLabels.line1!;
  }
  return fieldLabels[pathLabels[head!] ?? head!] ?? head!;
};

/** An issue from the profile rules, as a problem naming the column and the value. */
export const toProblem = (row: MappedRow, issue: ValueIssue, ctx: RowContext): RowProblem => {
  const source = sourceOf(row, issue.path);
  const label = labelFor(issue.path, ctx);
  const reason = issue.message.startsWith(label) ? issue.message : `${label} ${issue.message}`;
  return { column: source?.header ?? null, reason, value: source ? reportValue(source.value) : null };
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
        toProblem(row, { path: i.path.join('.'), message: i.message }, ctx),
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
    });
  for (const rule of ctx.rules.values()) {
    if (rule.required && isBlank(checked.profile.custom[rule.key]))
      problems.push({
        column: ctx.columns.find((c) => c.field === `custom.${rule.key}`)?.header ?? null,
        reason: `${rule.label} is required`,
        value: null,
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
