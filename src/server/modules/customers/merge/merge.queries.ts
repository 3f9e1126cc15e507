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
 * The rollups the customers module keeps itself: the survivor's last contact becomes the latest
 * of all parties'. Purchase figures are not touched here: the orders module's merge step moves
 * the orders and recomputes them for every party.
 */
export const combineRollups = async (
  db: Kysely<DB>,
  orgId: string,
  survivorId: string,
  mergedIds: string[],
): Promise<void> => {
  const all = [survivorId, ...mergedIds];
  await sql`
    UPDATE customer_rollups r SET last_contact_at = a.last_contact_at, updated_at = now()
    FROM (
      SELECT max(last_contact_at) AS last_contact_at
      FROM customer_rollups WHERE org_id = ${orgId} AND customer_id = ANY(${all}::uuid[])
    ) a
    WHERE r.org_id = ${orgId} AND r.customer_id = ${survivorId}
  `.execute(db);
  await db
    .updateTable('customer_rollups')
    .set({ last_contact_at: null, updated_at: sql`now()` })
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
