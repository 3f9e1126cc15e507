import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { DashboardScope } from '../dashboard/dashboard-scope';

/** A customer's purchase days (day numbers, ascending) and each day's amount in minor units. */
export type CustomerDays = { days: number[]; amounts: number[] };

/** '{20450,20480}' → [20450, 20480]: plain splitting, several times faster than the driver's array parser. */
export const arrayNumbers = (literal: string): number[] => literal.slice(1, -1).split(',').map(Number);

/**
 * The purchase days of the customers in `scope` who have bought, as the last refresh stored them
 * with their scores — the same days the organisation-wide figures were tallied from.
 */
export const scopedCustomerDays = async (db: Kysely<DB>, scope: DashboardScope): Promise<CustomerDays[]> => {
  const { rows } = await sql<{ days: string; amounts: string }>`
    SELECT s.history_days::text AS days, s.history_cents::text AS amounts
    FROM ${scope.scored} AND s.purchase_days > 0`.execute(db);
  return rows.map((r) => ({ days: arrayNumbers(r.days), amounts: arrayNumbers(r.amounts) }));
};

/** Customers in scope created before the end of each day `to` (organisation time zone). */
export const customersCreatedBy = async (
  db: Kysely<DB>,
  scope: DashboardScope,
  ends: readonly string[],
  timeZone: string,
): Promise<number[]> => {
  const { rows } = await sql<Record<string, number>>`
    SELECT ${sql.join(
      ends.map(
        (to, i) =>
          sql`count(*) FILTER (WHERE sc.created_at < (${to}::date + 1)::timestamp AT TIME ZONE ${timeZone})::int AS ${sql.ref(`c${i}`)}`,
      ),
    )}
    FROM (${scope.customers}) sc`.execute(db);
  return ends.map((_, i) => rows[0]![`c${i}`]!);
};
