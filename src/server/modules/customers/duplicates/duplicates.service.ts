import { maskEmail, maskPhone } from '../../../../shared/contacts';
import {
  duplicateReasons,
  type DuplicateDismiss,
  type DuplicateGroupPage,
  type DuplicateGroupQuery,
  type DuplicateMember,
} from '../../../../shared/contracts/duplicates';
import { AppError } from '../../../../shared/errors';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { decodeCursor, encodeCursor } from '../../../platform/keyset';
import { iso } from '../../../platform/time';
import { transact } from '../../../platform/transaction';
import { customerSelect, type CustomerRow } from '../customers.queries';
import { getVisibleRow } from '../customers.service';
import { visibleCustomers } from '../visibility';
import { roleGrants } from '../../../../shared/permissions';
import {
  findLiveGroupRows,
  findSnapshotGroupRows,
  hasMoreCustomersThan,
  insertDismissals,
  lastGroupScan,
  type DuplicateGroupRow,
  type GroupProbe,
} from './duplicate-groups.queries';
import { DUPLICATE_SCAN_JOB } from './duplicates.jobs';

const MEMBERS_SHOWN = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const decodeGroupCursor = (cursor: string | undefined): [string, string] | undefined => {
  const values = decodeCursor(cursor, 2);
  if (!values) return undefined;
  const [id, key] = values;
  if (typeof id === 'string' && UUID.test(id) && typeof key === 'string' && /^[0-9a-f]{32}$/.test(key))
    return [id, key];
  throw new AppError('INVALID_INPUT', 'The cursor is not valid; start again from the first page.', {
    issues: [{ path: 'querystring.cursor', message: 'not a cursor this list returned' }],
  });
};

const toMember = (row: CustomerRow): DuplicateMember => ({
  id: row.id,
  kind: row.kind as DuplicateMember['kind'],
  name: row.name,
  city: row.city,
  companyName: row.company_name,
  primaryPhone: row.primary_phone && maskPhone(row.primary_phone),
  primaryEmail: row.primary_email && maskEmail(row.primary_email),
  ownerName: row.owner_name,
  orderCount: row.order_count,
  version: row.version,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

const probeOf = (row: CustomerRow): GroupProbe => ({
  id: row.id,
  phoneKeys: row.phone_keys,
  emailKeys: row.email_keys,
  nameKey: row.name_key,
  city: row.city,
  companyId: row.company_id,
});

export type DuplicatesOptions = {
  /** Up to this many customers, groups are computed on every request; above, read from the last background scan. */
  liveLimit: number;
  /** A scan older than this is redone in the background when someone opens the page. */
  staleAfterMs: number;
};

const defaults: DuplicatesOptions = { liveLimit: 20_000, staleAfterMs: 15 * 60_000 };

/**
 * The page's rows and how fresh they are. One customer's groups, a user who sees only their own
 * customers, and organisations up to `liveLimit` customers are computed now; otherwise the
 * stored groups are read (members re-checked live) and a stale scan is queued again.
 */
const groupRows = async (
  deps: Deps,
  options: DuplicatesOptions,
  actor: Actor,
  query: { probe: GroupProbe | null; after: [string, string] | undefined; limit: number },
) => {
  const { probe, after, limit } = query;
  const visible = visibleCustomers(actor);
  const scope = actor.type === 'system' ? 'all' : roleGrants[actor.role].scope;
  const live =
    probe !== null ||
    scope === 'own' ||
    !(await hasMoreCustomersThan(deps.readDb, actor.orgId, options.liveLimit));
  if (live) {
    const rows = await findLiveGroupRows(deps.readDb, actor.orgId, { visible, probe, after, limit });
    return { rows, checkedAt: new Date(), checking: false };
  }
  const checkedAt = await lastGroupScan(deps.readDb, actor.orgId);
  const checking = !checkedAt || Date.now() - checkedAt.getTime() > options.staleAfterMs;
  if (checking)
    await deps.jobs.enqueue(deps.db, DUPLICATE_SCAN_JOB, {
      orgId: actor.orgId,
      // One scan per period, however many people open the page meanwhile.
      dedupeKey: `${DUPLICATE_SCAN_JOB}:${actor.orgId}:${Math.floor(Date.now() / options.staleAfterMs)}`,
    });
  const rows: DuplicateGroupRow[] = checkedAt
    ? await findSnapshotGroupRows(deps.readDb, actor.orgId, { visible, after, limit })
    : [];
  return { rows, checkedAt, checking };
};

/** The duplicate review page (C7): groups of likely duplicates and "not duplicates". */
export const createDuplicatesService = (deps: Deps, options: DuplicatesOptions = defaults) => ({
  /**
   * Groups of customers the actor may see that look like one person or company, keyset-paged.
   * With `customer`, only the groups that customer belongs to (NOT_FOUND if it is not visible).
   */
  async findDuplicateGroups(actor: Actor, query: DuplicateGroupQuery): Promise<DuplicateGroupPage> {
    const after = decodeGroupCursor(query.cursor);
    const probe = query.customer ? probeOf(await getVisibleRow(deps.readDb, actor, query.customer)) : null;
    const { rows, checkedAt, checking } = await groupRows(deps, options, actor, {
      probe,
      after,
      limit: query.limit,
    });
    const page = rows.slice(0, query.limit);
    const shown = [...new Set(page.flatMap((g) => g.ids.slice(0, MEMBERS_SHOWN)))];
    const members = shown.length
      ? ((await customerSelect(deps.readDb, actor.orgId)
          .where('c.id', 'in', shown)
          .execute()) as CustomerRow[])
      : [];
    const byId = new Map(members.map((m) => [m.id, toMember(m)]));
    const last = page[page.length - 1];
    return {
      data: page.map((g) => {
        const reasons = duplicateReasons.filter((r) => g.reasons.includes(r));
        return {
          key: g.key,
          reason: reasons[0]!,
          reasons,
          size: g.size,
          customers: g.ids
            .slice(0, MEMBERS_SHOWN)
            .map((id) => byId.get(id))
            .filter((m) => m !== undefined),
        };
      }),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.first_id, last.key]) : null,
      checkedAt: checkedAt ? iso(checkedAt) : null,
      checking,
    };
  },

  /** "Not duplicates": these customers stop being grouped together (audited). */
  async dismissDuplicates(actor: Actor, input: DuplicateDismiss): Promise<void> {
    const ids = [...new Set(input.customerIds.map((id) => id.toLowerCase()))];
    if (ids.length < 2)
      throw new AppError('INVALID_INPUT', 'Name at least two different customers.', {
        issues: [{ path: 'body.customerIds', message: 'must name at least two different customers' }],
      });
    await transact(deps, actor, async (tx, emit) => {
      for (const id of ids) await getVisibleRow(tx, actor, id);
      await insertDismissals(tx, actor.orgId, ids, actor.userId);
      for (const id of ids)
        await writeAudit(tx, actor, {
          action: 'dismiss_duplicates',
          entityType: 'customer',
          entityId: id,
          changes: { notDuplicateOf: { from: null, to: ids.filter((other) => other !== id) } },
        });
      emit({ entityType: 'customers', entityId: null, action: 'update', permission: 'customers.read' });
    });
  },
});

export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
