import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, DB } from '../../db/schema';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import { iso } from '../../platform/time';

export const toAuditEntry = (row: Selectable<AuditLogTable>): AuditEntry => ({
  id: row.id,
  at: iso(row.at),
  actorType: row.actor_type as AuditEntry['actorType'],
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  changes: row.changes,
  requestId: row.request_id,
});

/** Newest first; ids are time-ordered UUIDv7, so the id alone is the keyset. */
export const findAuditRows = (db: Kysely<DB>, orgId: string, q: AuditQuery, afterId: string | undefined) => {
  let query = db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', new Date(q.to));
  if (afterId) query = query.where('id', '<', afterId);
  return query
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
};
