import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { newId } from '../../../platform/ids';
import { keysetAfter, orderBySql, type SortColumn } from '../../../platform/keyset-sort';

/**
 * The customer timeline: any module records what happened to a customer by calling
 * `addTimelineEvent` inside the transaction that made it happen. Types are namespaced by
 * module (`customer.created`, `order.placed`, `activity.call` …) so the 360 page can filter.
 */
export type TimelineEntry = {
  customerId: string;
  type: string;
  summary: string;
  data?: Record<string, unknown>;
  at?: Date;
};

export const addTimelineEvents = async (db: Kysely<DB>, actor: Actor, entries: TimelineEntry[]) => {
  if (entries.length === 0) return;
  await db
    .insertInto('customer_timeline')
    .values(
      entries.map((e) => ({
        org_id: actor.orgId,
        id: newId(),
        customer_id: e.customerId,
        type: e.type,
        at: e.at ?? new Date(),
        actor_id: actor.userId,
        actor_name: actor.name,
        summary: e.summary,
        data: JSON.stringify(e.data ?? {}),
      })),
    )
    .execute();
};

export const timelineOrder: SortColumn[] = [
  { expression: sql`at`, descending: true, kind: 'time', nullable: false },
  { expression: sql`id`, descending: true, kind: 'id', nullable: false },
];

export const listTimelineRows = (
  db: Kysely<DB>,
  orgId: string,
  customerId: string,
  query: { types: string[]; after: unknown[] | undefined; limit: number },
) => {
  let q = db
    .selectFrom('customer_timeline')
    .selectAll()
    .select(sql<string>`at::text`.as('at_key'))
    .where('org_id', '=', orgId)
    .where('customer_id', '=', customerId);
  if (query.types.length > 0)
    q = q.where((eb) =>
      eb.or(query.types.map((t) => (t.endsWith('.') ? eb('type', 'like', `${t}%`) : eb('type', '=', t)))),
    );
  if (query.after) q = q.where(keysetAfter(timelineOrder, query.after));
  return q
    .orderBy(orderBySql(timelineOrder))
    .limit(query.limit + 1)
    .execute();
};

/** Moves every event of the merged customers to the survivor (merge keeps the whole history). */
export const moveTimeline = (db: Kysely<DB>, orgId: string, fromIds: string[], toId: string) =>
  db
    .updateTable('customer_timeline')
    .set({ customer_id: toId })
    .where('org_id', '=', orgId)
    .where('customer_id', 'in', fromIds)
    .execute();
