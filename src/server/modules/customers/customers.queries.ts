import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { CustomersTable, DB } from '../../db/schema';
import { keysetAfter, orderBySql, sortValue, type SortColumn } from '../../platform/keyset-sort';
import type { ProfileColumns, SearchColumns } from './profile/customer-profile';

/** A customer row with its rollups, company name and owner name, as lists and pages read it. */
export type CustomerRow = Selectable<CustomersTable> & {
  company_name: string | null;
  owner_name: string | null;
  last_contact_at: Date | null;
  order_count: number;
  revenue_cents: number;
  first_order_at: Date | null;
  last_order_at: Date | null;
  avg_order_cents: number | null;
  favourite_category: string | null;
  favourite_product: string | null;
  preferred_channel: string | null;
} & CustomerScoreColumns;

/** The analytics scores on a customer row; all null until the customer is first scored. */
export type CustomerScoreColumns = {
  purchase_days: number | null;
  first_purchase_on: string | null;
  last_purchase_on: string | null;
  rfm_r: number | null;
  rfm_f: number | null;
  rfm_m: number | null;
  rfm_code: string | null;
  rfm_segment: string | null;
  scored_value_tier: string | null;
  p_alive: number | null;
  expected_purchases: number | null;
  predicted_clv_cents: number | null;
  historical_clv_cents: number | null;
  value_at_risk_cents: number | null;
  scored_lifecycle_stage: string | null;
  stage_since: Date | null;
  scored_at: Date | null;
};

/** The list query's FROM: `c` customers, `r` rollups, `co` company, `u` owner, `s` scores. */
export const customerSelect = (db: Kysely<DB>, orgId: string) =>
  db
    .selectFrom('customers as c')
    .innerJoin('customer_rollups as r', (j) =>
      j.onRef('r.org_id', '=', 'c.org_id').onRef('r.customer_id', '=', 'c.id'),
    )
    .leftJoin('customers as co', (j) =>
      j.onRef('co.org_id', '=', 'c.org_id').onRef('co.id', '=', 'c.company_id'),
    )
    .leftJoin('users as u', (j) => j.onRef('u.org_id', '=', 'c.org_id').onRef('u.id', '=', 'c.owner_id'))
    .leftJoin('customer_scores as s', (j) =>
      j.onRef('s.org_id', '=', 'c.org_id').onRef('s.customer_id', '=', 'c.id'),
    )
    .selectAll('c')
    .select([
      'co.name as company_name',
      'u.name as owner_name',
      'r.last_contact_at',
      'r.order_count',
      'r.revenue_cents',
      'r.first_order_at',
      'r.last_order_at',
      'r.avg_order_cents',
      'r.favourite_category',
      'r.favourite_product',
      'r.preferred_channel',
      's.purchase_days',
      's.first_purchase_on',
      's.last_purchase_on',
      's.rfm_r',
      's.rfm_f',
      's.rfm_m',
      's.rfm_code',
      's.rfm_segment',
      's.value_tier as scored_value_tier',
      's.p_alive',
      's.expected_purchases',
      's.predicted_clv_cents',
      's.historical_clv_cents',
      's.value_at_risk_cents',
      's.lifecycle_stage as scored_lifecycle_stage',
      's.stage_since',
      's.scored_at',
    ])
    .where('c.org_id', '=', orgId);

export const findCustomerRow = (
  db: Kysely<DB>,
  orgId: string,
  id: string,
): Promise<CustomerRow | undefined> =>
  customerSelect(db, orgId).where('c.id', '=', id).executeTakeFirst() as Promise<CustomerRow | undefined>;

export type CustomerPageQuery = {
  where: RawBuilder<boolean>[];
  order: SortColumn[];
  after: unknown[] | undefined;
  limit: number;
};

/**
 * One keyset page (limit + 1 rows, so the caller knows whether another page follows). Each
 * row carries its sort values as `sort_0`, `sort_1` … for the next cursor.
 */
export const listCustomerRows = (db: Kysely<DB>, orgId: string, page: CustomerPageQuery) => {
  const conditions = [...page.where, ...(page.after ? [keysetAfter(page.order, page.after)] : [])];
  return customerSelect(db, orgId)
    .select(page.order.map((c, i) => sortValue(c).as(`sort_${i}`)))
    .where(sql<boolean>`${sql.join(conditions.length ? conditions : [sql`TRUE`], sql` AND `)}`)
    .orderBy(orderBySql(page.order))
    .limit(page.limit + 1)
    .execute() as Promise<(CustomerRow & Record<string, unknown>)[]>;
};

export const countCustomerRows = async (db: Kysely<DB>, orgId: string, where: RawBuilder<boolean>[]) => {
  const row = await customerSelect(db, orgId)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(sql<boolean>`${sql.join(where.length ? where : [sql`TRUE`], sql` AND `)}`)
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

type StoredColumns = Omit<ProfileColumns, 'phones' | 'emails' | 'addresses' | 'custom'> &
  SearchColumns & { phones: string; emails: string; addresses: string; custom: string };

export const storedColumns = (profile: ProfileColumns, search: SearchColumns): StoredColumns => ({
  ...profile,
  ...search,
  phones: JSON.stringify(profile.phones),
  emails: JSON.stringify(profile.emails),
  addresses: JSON.stringify(profile.addresses),
  custom: JSON.stringify(profile.custom),
});

export const insertCustomer = async (
  db: Kysely<DB>,
  row: StoredColumns & { org_id: string; id: string; kind: string; created_by: string | null },
) => {
  await db.insertInto('customers').values(row).execute();
  await db.insertInto('customer_rollups').values({ org_id: row.org_id, customer_id: row.id }).execute();
};

/** Writes a new version if `version` is still current; returns false when it was stale. */
export const updateCustomerColumns = async (
  db: Kysely<DB>,
  orgId: string,
  id: string,
  version: number,
  columns: StoredColumns,
): Promise<boolean> => {
  const done = await db
    .updateTable('customers')
    .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
};

export const customerNameOf = async (db: Kysely<DB>, orgId: string, id: string | null) => {
  if (!id) return null;
  const row = await db
    .selectFrom('customers')
    .select(['name', 'kind', 'deleted_at'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
};

export const orgCountry = async (db: Kysely<DB>, orgId: string): Promise<string> =>
  (await db.selectFrom('orgs').select('country').where('id', '=', orgId).executeTakeFirstOrThrow()).country;

/** People whose company is this customer: their search text carries the company's name. */
export const employeeIds = async (db: Kysely<DB>, orgId: string, companyId: string) =>
  (
    await db
      .selectFrom('customers')
      .select('id')
      .where('org_id', '=', orgId)
      .where('company_id', '=', companyId)
      .execute()
  ).map((r) => r.id);
