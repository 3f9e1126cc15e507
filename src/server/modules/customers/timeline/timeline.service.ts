import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { decodeIdCursor, pageFrom } from '../../../platform/keyset';
import { decodeSortCursor } from '../../../platform/keyset-sort';
import { iso } from '../../../platform/time';
import type { AuditService } from '../../audit/index';
import { maskedChanges } from '../customer-list.service';
import { getVisibleRow } from '../customers.service';
import { listTimelineRows, timelineOrder } from './timeline';

/** The 360 page's timeline (every module's events) and change history (the audit log). */
export const createTimelineService = (deps: Deps, audit: AuditService) => ({
  async findTimeline(
    actor: Actor,
    customerId: string,
    query: { types?: string; cursor?: string; limit: number },
  ) {
    const after = decodeSortCursor(query.cursor, timelineOrder);
    await getVisibleRow(deps.readDb, actor, customerId, { deleted: true });
    const rows = await listTimelineRows(deps.readDb, actor.orgId, customerId, {
      types: (query.types ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      after,
      limit: query.limit,
    });
    const page = pageFrom(rows, query.limit, (r) => [r.at_key, r.id]);
    return {
      data: page.data.map((r) => ({
        id: r.id,
        type: r.type,
        at: iso(r.at),
        actorName: r.actor_name,
        summary: r.summary,
        data: r.data,
      })),
      nextCursor: page.nextCursor,
    };
  },

  /** Who changed which field, from what, to what; phones and emails stay masked. */
  async findHistory(actor: Actor, customerId: string, query: { cursor?: string; limit: number }) {
    decodeIdCursor(query.cursor);
    await getVisibleRow(deps.readDb, actor, customerId, { deleted: true });
    const page = await audit.findAuditEntries(actor, {
      entityType: 'customer',
      entityId: customerId,
      cursor: query.cursor,
      limit: query.limit,
    });
    return { ...page, data: page.data.map((e) => ({ ...e, changes: maskedChanges(e.changes) })) };
  },
});

export type TimelineService = ReturnType<typeof createTimelineService>;
