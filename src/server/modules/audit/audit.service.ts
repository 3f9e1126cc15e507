import type { AuditQuery } from '../../../shared/contracts/audit';
import type { Actor } from '../../platform/actor';
import type { Deps } from '../../platform/deps';
import { decodeIdCursor, pageFrom } from '../../platform/keyset';
import { findAuditRows, toAuditEntry } from './audit.queries';

export const createAuditService = (deps: Deps) => ({
  async findAuditEntries(actor: Actor, q: AuditQuery) {
    const afterId = decodeIdCursor(q.cursor);
    const rows = await findAuditRows(deps.readDb, actor.orgId, q, afterId);
    const page = pageFrom(rows, q.limit, (r) => [r.id]);
    return { data: page.data.map(toAuditEntry), nextCursor: page.nextCursor };
  },
});

export type AuditService = ReturnType<typeof createAuditService>;
