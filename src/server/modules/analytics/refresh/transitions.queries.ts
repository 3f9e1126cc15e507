import { sql, type Kysely } from 'kysely';
import { formatDay, parseDay } from '../../../../shared/analytics/day-number';
import type { DB } from '../../../db/schema';

/** Stage changes (from → to) of one slice's customers in the last `days` days. */
export type SliceTransitions = {
  sliceNo: number;
  days: number;
  from_stage: string;
  to_stage: string;
  customers: number;
};

type Change = { customer_id: string; from_stage: string; to_stage: string; within: number };

/**
 * The lifecycle stage changes recorded in the last `days` days up to `asOf` (for each length of
 * `lengths`), counted per slice as the breakdown chart counts them for a viewer's customers.
 * `sliceOf` gives the slice of a customer this refresh read, null for one it did not (in the bin,
 * merged away). One index range over the history; the slices are looked up here, not joined.
 */
export const sliceTransitions = async (
  db: Kysely<DB>,
  source: { orgId: string; asOf: string; timeZone: string },
  lengths: readonly number[],
  slicesOf: (customerId: string) => readonly number[],
): Promise<SliceTransitions[]> => {
  const asOfDay = parseDay(source.asOf)!;
  const since = (days: number) =>
    sql`${formatDay(asOfDay - days + 1)}::timestamp AT TIME ZONE ${source.timeZone}`;
  const { rows } = await sql<Change>`
    SELECT customer_id, from_stage, to_stage,
           ${sql.join(
             lengths.map((days, i) => sql`((changed_at >= ${since(days)})::int << ${sql.lit(i)})`),
             sql` | `,
           )} AS within
    FROM customer_stage_history
    WHERE org_id = ${source.orgId} AND changed_at >= ${since(Math.max(...lengths))}`.execute(db);
  const counts = new Map<string, SliceTransitions>();
  for (const r of rows)
    for (const sliceNo of slicesOf(r.customer_id))
      lengths.forEach((days, i) => {
        if (!(r.within & (1 << i))) return;
        const key = `${sliceNo}\u0000${days}\u0000${r.from_stage}\u0000${r.to_stage}`;
        const count = counts.get(key);
        if (count) count.customers++;
        else counts.set(key, { sliceNo, days, from_stage: r.from_stage, to_stage: r.to_stage, customers: 1 });
      });
  return [...counts.values()];
};
