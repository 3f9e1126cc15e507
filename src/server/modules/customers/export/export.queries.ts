import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import { keysetAfter, orderBySql, sortValue, type SortColumn } from '../../../platform/keyset-sort';
import { customerSelect } from '../customers.queries';

/** What an export file is written in: the organisation's language and time zone. */
export const orgExportSettings = (db: Kysely<DB>, orgId: string) =>
  db.selectFrom('orgs').select(['language', 'time_zone']).where('id', '=', orgId).executeTakeFirstOrThrow();

/** Names of the organisation's people, for user-type custom fields. */
export const userNames = async (db: Kysely<DB>, orgId: string): Promise<Map<string, string>> =>
  new Map(
    (await db.selectFrom('users').select(['id', 'name']).where('org_id', '=', orgId).execute()).map((u) => [
      u.id,
      u.name,
    ]),
  );

export const teamNames = async (db: Kysely<DB>, orgId: string): Promise<Map<string, string>> =>
  new Map(
    (await db.selectFrom('teams').select(['id', 'name']).where('org_id', '=', orgId).execute()).map((t) => [
      t.id,
      t.name,
    ]),
  );

export const segmentName = async (db: Kysely<DB>, orgId: string, id: string) =>
  (
    await db
      .selectFrom('segments')
      .select('name')
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst()
  )?.name ?? null;

/** `2026-11-26 14:03:05` in the organisation's zone, formatted by the database. */
const localTime = (column: RawBuilder<unknown>, timeZone: string) =>
  sql<string | null>`to_char(${column} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD HH24:MI:SS')`;

/**
 * One keyset page of export rows (limit + 1, so the caller knows whether another follows),
 * with sort values as `sort_0`, `sort_1` …. The same FROM, conditions and order as the
 * customer list, but only the columns a file can show, times already formatted: an export
 * reads a million rows, and the search keys the list also carries would double the work.
 */
export const listExportRows = async (
  db: Kysely<DB>,
  orgId: string,
  timeZone: string,
  page: { where: RawBuilder<boolean>[]; order: SortColumn[]; after: unknown[] | undefined; limit: number },
) => {
  const conditions = [...page.where, ...(page.after ? [keysetAfter(page.order, page.after)] : [])];
  const rows = await customerSelect(db, orgId)
    .clearSelect()
    .select([
      'c.id',
      'c.kind',
      'c.name',
      'c.title',
      'c.gender',
      'c.birthday',
      'c.phones',
      'c.emails',
      'c.addresses',
      'c.primary_phone',
      'c.primary_email',
      'c.province',
      'c.city',
      'c.district',
      'c.source',
      'c.category',
      'c.value_tier',
      'c.lifecycle_stage',
      'c.team_id',
      'c.tags',
      'c.notes',
      'c.custom',
      'c.external_id',
      'co.name as company_name',
      'u.name as owner_name',
      'r.order_count',
      'r.revenue_cents',
      'r.avg_order_cents',
      'r.favourite_category',
      'r.favourite_product',
      'r.preferred_channel',
      localTime(sql`c.created_at`, timeZone).as('created_at'),
      localTime(sql`c.updated_at`, timeZone).as('updated_at'),
      localTime(sql`r.last_contact_at`, timeZone).as('last_contact_at'),
      localTime(sql`r.first_order_at`, timeZone).as('first_order_at'),
      localTime(sql`r.last_order_at`, timeZone).as('last_order_at'),
      sql<Date | null>`r.first_order_at`.as('first_order_time'),
      's.rfm_segment',
      's.rfm_code',
      's.rfm_r',
      's.rfm_f',
      's.rfm_m',
      's.value_tier as scored_value_tier',
      's.lifecycle_stage as scored_lifecycle_stage',
      localTime(sql`s.stage_since`, timeZone).as('stage_since'),
      's.p_alive',
      's.expected_purchases',
      's.predicted_clv_cents',
      's.historical_clv_cents',
      's.value_at_risk_cents',
      's.purchase_days',
      sql<string | null>`s.first_purchase_on::text`.as('first_purchase_on'),
      sql<string | null>`s.last_purchase_on::text`.as('last_purchase_on'),
      's.cohort',
      's.purchase_months',
      's.churn_periods',
      sql<Date | null>`r.last_order_at`.as('last_order_time'),
    ])
    .select(page.order.map((c, i) => sortValue(c).as(`sort_${i}`)))
    .where(sql<boolean>`${sql.join(conditions.length ? conditions : [sql`TRUE`], sql` AND `)}`)
    .orderBy(orderBySql(page.order))
    .limit(page.limit + 1)
    .execute();
  return rows as (ExportRow & Record<string, unknown>)[];
};

type Contact = { number: string; primary: boolean };
type Email = { address: string; primary: boolean };

export type ExportRow = {
  id: string;
  kind: string;
  name: string;
  title: string | null;
  gender: string | null;
  birthday: string | null;
  phones: Contact[];
  emails: Email[];
  addresses: unknown[];
  primary_phone: string | null;
  primary_email: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  source: string | null;
  category: string | null;
  value_tier: string | null;
  lifecycle_stage: string | null;
  team_id: string | null;
  tags: string[];
  notes: string | null;
  custom: Record<string, unknown>;
  external_id: string | null;
  company_name: string | null;
  owner_name: string | null;
  order_count: number;
  revenue_cents: number;
  avg_order_cents: number | null;
  favourite_category: string | null;
  favourite_product: string | null;
  preferred_channel: string | null;
  created_at: string;
  updated_at: string;
  last_contact_at: string | null;
  first_order_at: string | null;
  last_order_at: string | null;
  first_order_time: Date | null;
  last_order_time: Date | null;
  /** The analytics scores: all null until the customer is first scored. */
  rfm_segment: string | null;
  rfm_code: string | null;
  rfm_r: number | null;
  rfm_f: number | null;
  rfm_m: number | null;
  scored_value_tier: string | null;
  scored_lifecycle_stage: string | null;
  stage_since: string | null;
  p_alive: number | null;
  expected_purchases: number | null;
  predicted_clv_cents: number | null;
  historical_clv_cents: number | null;
  value_at_risk_cents: number | null;
  purchase_days: number | null;
  first_purchase_on: string | null;
  last_purchase_on: string | null;
  cohort: string | null;
  purchase_months: string[] | null;
  churn_periods: string[] | null;
};
