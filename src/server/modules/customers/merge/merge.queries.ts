import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** Locks the customers' rows for the rest of the transaction, in id order so two merges never deadlock. */
export const lockCustomers = async (db: Kysely<DB>, orgId: string, ids: string[]): Promise<string[]> => {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM customers WHERE org_id = ${orgId} AND id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE
  `.execute(db);
  return rows.map((r) => r.id);
};

/**
 * Sends merged customers to the bin for good: deleted, pointing at the survivor, and (since
 * their unique external ids leave the index with `deleted_at`) freeing those ids. Customers
 * merged into them earlier now point at the survivor too.
 */
export const markMerged = async (db: Kysely<DB>, orgId: string, mergedIds: string[], survivorId: string) => {
  await db
    .updateTable('customers')
    .set({
      deleted_at: sql`now()`,
      merged_into: survivorId,
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('org_id', '=', orgId)
    .where('id', 'in', mergedIds)
    .execute();
  await db
    .updateTable('customers')
    .set({ merged_into: survivorId })
    .where('org_id', '=', orgId)
    .where('merged_into', 'in', mergedIds)
    .execute();
};

/** People who worked at a merged company now work at the survivor; returns their ids. */
export const moveEmployees = async (
  db: Kysely<DB>,
  orgId: string,
  mergedIds: string[],
  survivorId: string,
): Promise<string[]> =>
  (
    await db
      .updateTable('customers')
      .set({ company_id: survivorId, updated_at: sql`now()`, version: sql`version + 1` })
      .where('org_id', '=', orgId)
      .where('company_id', 'in', mergedIds)
      .returning('id')
      .execute()
  ).map((r) => r.id);

/**
 * The survivor's rollups become those of all parties together: counts and revenue summed,
 * first order the earliest, last order and last contact the latest, the average recomputed.
 * The merged customers' rollups are emptied so nothing is counted twice.
 */
export const combineRollups = async (
  db: Kysely<DB>,
  orgId: string,
  survivorId: string,
  mergedIds: string[],
): Promise<void> => {
  const all = [survivorId, ...mergedIds];
  await sql`
    UPDATE customer_rollups r SET
      order_count = a.order_count,
      revenue_cents = a.revenue_cents,
      first_order_at = a.first_order_at,
      last_order_at = a.last_order_at,
      last_contact_at = a.last_contact_at,
      avg_order_cents = CASE WHEN a.order_count > 0 THEN round(a.revenue_cents / a.order_count) END,
      favourite_category = coalesce(r.favourite_category, a.favourite_category),
      favourite_product_id = coalesce(r.favourite_product_id, a.favourite_product_id),
      preferred_channel = coalesce(r.preferred_channel, a.preferred_channel),
      updated_at = now()
    FROM (
      SELECT sum(order_count) AS order_count, sum(revenue_cents) AS revenue_cents,
        min(first_order_at) AS first_order_at, max(last_order_at) AS last_order_at,
        max(last_contact_at) AS last_contact_at,
        (array_agg(favourite_category) FILTER (WHERE favourite_category IS NOT NULL))[1] AS favourite_category,
        (array_agg(favourite_product_id) FILTER (WHERE favourite_product_id IS NOT NULL))[1] AS favourite_product_id,
        (array_agg(preferred_channel) FILTER (WHERE preferred_channel IS NOT NULL))[1] AS preferred_channel
      FROM customer_rollups WHERE org_id = ${orgId} AND customer_id = ANY(${all}::uuid[])
    ) a
    WHERE r.org_id = ${orgId} AND r.customer_id = ${survivorId}
  `.execute(db);
  await db
    .updateTable('customer_rollups')
    .set({
      order_count: 0,
      revenue_cents: 0,
      first_order_at: null,
      last_order_at: null,
      last_contact_at: null,
      avg_order_cents: null,
      updated_at: sql`now()`,
    })
    .where('org_id', '=', orgId)
    .where('customer_id', 'in', mergedIds)
    .execute();
};

/** Web form submissions that created or updated a merged customer now name the survivor. */
export const moveFormSubmissions = (db: Kysely<DB>, orgId: string, mergedIds: string[], survivorId: string) =>
  db
    .updateTable('web_form_submissions')
    .set({ customer_id: survivorId })
    .where('org_id', '=', orgId)
    .where('customer_id', 'in', mergedIds)
    .execute();
