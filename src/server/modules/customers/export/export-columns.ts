import { daysSinceLastOrder, purchaseFrequency } from '../../../../shared/customers/purchase-pace';
import { AppError } from '../../../../shared/errors';
import { maskEmail, maskPhone } from '../../../../shared/contacts';
import { exportOnlyColumns } from '../../../../shared/contracts/exports';
import { customerFields, customerScoreFields } from '../../../../shared/customers/customer-fields';
import type { CustomFieldRow } from '../custom-fields/custom-fields.queries';
import type { Picklists } from '../picklists/picklists.service';
import { centsToAmount, type Cell } from './export-cells';
import type { ExportLabels } from './export-labels';
import type { ExportRow } from './export.queries';

/** What turning a row into cells needs besides the row: names of people and teams, words, masking. */
export type CellContext = {
  labels: ExportLabels;
  reveal: boolean;
  users: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  picklists: Picklists;
  /** When the export started: days since the last order count to it. */
  now: Date;
};

export type ExportColumn = {
  key: string;
  header: string;
  cell: (row: ExportRow, ctx: CellContext) => Cell;
};

const joined = (values: readonly string[]) => (values.length ? values.join(', ') : null);
const phone = (ctx: CellContext, n: string | null) => (n === null ? null : ctx.reveal ? n : maskPhone(n));
const email = (ctx: CellContext, e: string | null) => (e === null ? null : ctx.reveal ? e : maskEmail(e));
const primaryFirst = <T extends { primary: boolean }>(items: readonly T[]) =>
  [...items].sort((a, b) => Number(b.primary) - Number(a.primary));

type Address = { country?: string; province?: string | null; city?: string | null; district?: string | null };
type AddressLines = Address & { line1?: string | null; line2?: string | null; postcode?: string | null };

/** Chinese addresses read province → line; others line → city → country, as each is written. */
const addressText = (a: AddressLines) => {
  const parts =
    a.country === 'CN'
      ? [a.province, a.city === a.province ? null : a.city, a.district, a.line1, a.line2]
      : [a.line1, a.line2, a.city, a.province, a.postcode, a.country];
  return parts.filter(Boolean).join(a.country === 'CN' ? '' : ', ');
};

const picklistLabel = (ctx: CellContext, list: keyof Picklists, key: string | null) => {
  if (key === null) return null;
  const item = ctx.picklists[list].find((i) => i.key === key);
  return item?.label ?? ctx.labels.picklistItems[`${list}.${key}`] ?? key;
};

const builtinCells: Record<string, (row: ExportRow, ctx: CellContext) => Cell> = {
  id: (r) => r.id,
  name: (r) => r.name,
  kind: (r, ctx) => ctx.labels.kinds[r.kind] ?? r.kind,
  company: (r) => r.company_name,
  title: (r) => r.title,
  gender: (r, ctx) => (r.gender === null ? null : (ctx.labels.genders[r.gender] ?? r.gender)),
  birthday: (r) => r.birthday,
  primary_phone: (r, ctx) => phone(ctx, r.primary_phone),
  primary_email: (r, ctx) => email(ctx, r.primary_email),
  phones: (r, ctx) => joined(primaryFirst(r.phones).map((p) => phone(ctx, p.number)!)),
  emails: (r, ctx) => joined(primaryFirst(r.emails).map((e) => email(ctx, e.address)!)),
  addresses: (r) =>
    (r.addresses as AddressLines[]).length
      ? primaryFirst(r.addresses as (AddressLines & { primary: boolean })[])
          .map(addressText)
          .join('; ')
      : null,
  province: (r) => r.province,
  city: (r) => r.city,
  district: (r) => r.district,
  source: (r, ctx) => picklistLabel(ctx, 'source', r.source),
  category: (r, ctx) => picklistLabel(ctx, 'category', r.category),
  value_tier: (r, ctx) => picklistLabel(ctx, 'value_tier', r.value_tier),
  lifecycle_stage: (r, ctx) => picklistLabel(ctx, 'lifecycle_stage', r.lifecycle_stage),
  owner: (r) => r.owner_name,
  team: (r, ctx) => (r.team_id === null ? null : (ctx.teams.get(r.team_id) ?? null)),
  tags: (r) => joined(r.tags),
  notes: (r) => r.notes,
  external_id: (r) => r.external_id,
  created_at: (r) => r.created_at,
  updated_at: (r) => r.updated_at,
  last_contact_at: (r) => r.last_contact_at,
  order_count: (r) => r.order_count,
  revenue: (r) => centsToAmount(r.revenue_cents),
  first_order_at: (r) => r.first_order_at,
  last_order_at: (r) => r.last_order_at,
  avg_order_value: (r) => centsToAmount(r.avg_order_cents),
  favourite_category: (r) => r.favourite_category,
  favourite_product: (r) => r.favourite_product,
  preferred_channel: (r) => r.preferred_channel,
  days_since_last_order: (r, ctx) => daysSinceLastOrder(r.last_order_time?.toISOString() ?? null, ctx.now),
  purchase_frequency: (r, ctx) =>
    purchaseFrequency(r.order_count, r.first_order_time?.toISOString() ?? null, ctx.now),
};

const scoreLabel = (ctx: CellContext, list: string, key: string | null) =>
  key === null ? null : (ctx.labels.picklistItems[`${list}.${key}`] ?? key);
const rounded = (value: number | null, places: number) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

/** The analytics scores, as of the last refresh; empty for a customer not yet scored. */
const scoreCells: Record<string, (row: ExportRow, ctx: CellContext) => Cell> = {
  rfm_segment: (r, ctx) =>
    r.rfm_segment === null ? null : (ctx.labels.segments[r.rfm_segment] ?? r.rfm_segment),
  rfm_code: (r) => r.rfm_code,
  rfm_r: (r) => r.rfm_r,
  rfm_f: (r) => r.rfm_f,
  rfm_m: (r) => r.rfm_m,
  value_tier_scored: (r, ctx) => scoreLabel(ctx, 'value_tier', r.scored_value_tier),
  lifecycle_stage_scored: (r, ctx) => scoreLabel(ctx, 'lifecycle_stage', r.scored_lifecycle_stage),
  lifecycle_stage_since: (r) => r.stage_since,
  p_alive: (r) => rounded(r.p_alive, 4),
  expected_purchases: (r) => rounded(r.expected_purchases, 3),
  predicted_clv: (r) => centsToAmount(r.predicted_clv_cents),
  historical_clv: (r) => centsToAmount(r.historical_clv_cents),
  value_at_risk: (r) => centsToAmount(r.value_at_risk_cents),
  purchase_days: (r) => r.purchase_days,
  first_purchase_on: (r) => r.first_purchase_on,
  last_purchase_on: (r) => r.last_purchase_on,
  cohort: (r) => r.cohort,
  purchase_months: (r) => (r.purchase_months ? joined(r.purchase_months) : null),
  churn_periods: (r) => (r.churn_periods ? joined(r.churn_periods) : null),
};

const customCell =
  (field: CustomFieldRow) =>
  (row: ExportRow, ctx: CellContext): Cell => {
    const value = (row.custom as Record<string, unknown>)[field.key];
    if (value === undefined || value === null) return null;
    switch (field.type) {
      case 'number':
        return Number(value);
      case 'money':
        return centsToAmount(value as number);
      case 'boolean':
        return value ? ctx.labels.yes : ctx.labels.no;
      case 'multi_select':
        return Array.isArray(value) ? joined(value.map(String)) : String(value);
      case 'user':
        return ctx.users.get(String(value)) ?? String(value);
      default:
        return String(value);
    }
  };

/** Every column this organisation's customers can be exported with, in the table's order. */
export const availableColumns = (custom: readonly CustomFieldRow[], labels: ExportLabels): ExportColumn[] => {
  // All phones, emails and addresses sit next to the primary ones; notes and the id come last.
  const builtinKeys = customerFields.flatMap((f) =>
    f.key === 'primary_email' ? [f.key, 'phones', 'emails', 'addresses'] : [f.key],
  );
  builtinKeys.push(...exportOnlyColumns.filter((k) => !builtinKeys.includes(k)));
  return [
    ...builtinKeys.map((key) => ({ key, header: labels.headers[key] ?? key, cell: builtinCells[key]! })),
    ...customerScoreFields.map(({ key }) => ({
      key,
      header: labels.headers[key] ?? key,
      cell: scoreCells[key]!,
    })),
    ...custom
      .filter((f) => !f.archived_at)
      .map((f) => ({ key: `custom.${f.key}`, header: f.label, cell: customCell(f) })),
  ];
};

/**
 * Without a `columns` parameter: the whole profile, with all phones and emails rather than the
 * primary ones; the analytics scores only when asked for.
 */
const notByDefault = new Set([
  'id',
  'primary_phone',
  'primary_email',
  ...customerScoreFields.map((f) => f.key),
]);

/**
 * The columns the request asked for, in its order. Throws INVALID_INPUT naming each unknown key,
 * so a typo is a clear 400 before any file starts.
 */
export const chooseColumns = (available: ExportColumn[], param: string | undefined): ExportColumn[] => {
  if (!param) return available.filter((c) => !notByDefault.has(c.key));
  const byKey = new Map(available.map((c) => [c.key, c]));
  const keys = [...new Set(param.split(','))];
  const unknown = keys.filter((k) => !byKey.has(k));
  if (unknown.length)
    throw new AppError(
      'INVALID_INPUT',
      `Unknown export column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
      {
        issues: unknown.map((k) => ({ path: 'querystring.columns', message: `unknown column ${k}` })),
      },
    );
  return keys.map((k) => byKey.get(k)!);
};
