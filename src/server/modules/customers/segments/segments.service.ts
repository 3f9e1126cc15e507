import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { Segment, SegmentCreate, SegmentUpdate } from '../../../../shared/contracts/segments';
import type { FilterIssue } from '../../../../shared/filter/filter';
import type { DB } from '../../../db/schema';
import { systemActor, type Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { compileFilter } from '../../../platform/filter/compile-filter';
import { newId } from '../../../platform/ids';
import { iso } from '../../../platform/time';
import { transact } from '../../../platform/transaction';
import { selectionConditions } from '../customer-list.service';
import { customerFieldRegistry } from '../customer-fields';
import { countCustomerRows } from '../customers.queries';
import { listCustomFieldRows } from '../custom-fields/custom-fields.queries';
import {
  findSegmentRow,
  insertSegmentRow,
  listSegmentRows,
  listSegmentSizes,
  segmentNameTaken,
  softDeleteSegmentRow,
  updateSegmentRow,
  upsertSegmentSize,
  type SegmentRow,
} from './segments.queries';

/**
 * How many customers a segment holds for `actor`; a filter that no longer compiles (it names
 * a custom field since archived) gives no count and says why, instead of failing the whole list.
 */
const countFor = async (db: Kysely<DB>, actor: Actor, filter: unknown) => {
  try {
    const where = await selectionConditions(db, actor, { filter });
    return { count: await countCustomerRows(db, actor.orgId, where), problem: null };
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT')
      return { count: null, problem: error.message };
    throw error;
  }
};

const toSegment = (row: SegmentRow, counted: { count: number | null; problem: string | null }): Segment => ({
  id: row.id,
  name: row.name,
  description: row.description,
  filter: row.filter,
  count: counted.count,
  problem: counted.problem,
  version: row.version,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/** What the audit log keeps of a segment. */
const auditView = (row: { name: string; description: string | null; filter: unknown }) => ({
  name: row.name,
  description: row.description,
  filter: row.filter,
});

/** Throws INVALID_INPUT naming each field the filter gets wrong, addressed as `body.filter…`. */
const checkFilter = async (db: Kysely<DB>, orgId: string, filter: unknown) => {
  if (filter === undefined)
    throw new AppError('INVALID_INPUT', 'A segment needs a filter.', {
      issues: [{ path: 'body.filter', message: 'is required' }],
    });
  try {
    compileFilter(filter, customerFieldRegistry(await listCustomFieldRows(db, orgId)));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    const issues = (error.details as { issues?: FilterIssue[] } | undefined)?.issues ?? [];
    throw new AppError('INVALID_INPUT', error.message, {
      issues: issues.length
        ? issues.map((i) => ({ path: `body.${i.path}`, message: i.message }))
        : [{ path: 'body.filter', message: error.message }],
    });
  }
};

const checkName = async (db: Kysely<DB>, orgId: string, name: string, exceptId?: string) => {
  if (await segmentNameTaken(db, orgId, name, exceptId))
    throw new AppError('CONFLICT', `A segment named “${name}” already exists; choose another name.`, {
      issues: [{ path: 'body.name', message: 'is already used by another segment' }],
    });
};

/** Today's size over every customer (Kehu's own view, not the caller's), for the trend chart. */
export const recordSegmentSize = async (
  db: Kysely<DB>,
  segment: { org_id: string; id: string; filter: unknown },
) => {
  const where = await selectionConditions(db, systemActor(segment.org_id), { filter: segment.filter });
  const size = await countCustomerRows(db, segment.org_id, where);
  await upsertSegmentSize(db, segment.org_id, segment.id, size);
  return size;
};

/**
 * A step run in the transaction that saves a segment — created, or its filter changed — so that
 * later modules keep what they derive from segments current (analytics precomputes them).
 */
export type SegmentSavedStep = (tx: Kysely<DB>, orgId: string, segmentId: string) => Promise<void>;

export const createSegmentsService = (deps: Deps) => {
  const savedSteps: SegmentSavedStep[] = [];
  const getRow = async (db: Kysely<DB>, actor: Actor, id: string) => {
    const row = await findSegmentRow(db, actor.orgId, id);
    if (!row) throw new AppError('NOT_FOUND', `Segment ${id} not found`);
    return row;
  };

  return {
    /** Adds a step every later segment save runs (see SegmentSavedStep). */
    registerSegmentSavedStep(step: SegmentSavedStep) {
      savedSteps.push(step);
    },

    /** Each segment with its live count of the customers the caller may see. */
    async listSegments(actor: Actor) {
      const rows = await listSegmentRows(deps.readDb, actor.orgId);
      const data: Segment[] = [];
      for (const row of rows) data.push(toSegment(row, await countFor(deps.readDb, actor, row.filter)));
      return { data };
    },

    async getSegment(actor: Actor, id: string) {
      const row = await getRow(deps.readDb, actor, id);
      return toSegment(row, await countFor(deps.readDb, actor, row.filter));
    },

    /** Throws INVALID_INPUT for a filter that cannot run, CONFLICT for a name in use. Records today's size. */
    async createSegment(actor: Actor, input: SegmentCreate) {
      await checkFilter(deps.db, actor.orgId, input.filter);
      const id = newId();
      const row = await transact(deps, actor, async (tx, emit) => {
        await checkName(tx, actor.orgId, input.name);
        await insertSegmentRow(tx, {
          org_id: actor.orgId,
          id,
          name: input.name,
          description: input.description || null,
          filter: input.filter,
          created_by: actor.userId,
        });
        for (const step of savedSteps) await step(tx, actor.orgId, id);
        const created = (await findSegmentRow(tx, actor.orgId, id))!;
        await writeAudit(tx, actor, {
          action: 'create',
          entityType: 'segment',
          entityId: id,
          after: auditView(created),
        });
        emit({ entityType: 'segments', entityId: id, action: 'create', permission: 'customers.read' });
        return created;
      });
      await recordSegmentSize(deps.db, row);
      return toSegment(row, await countFor(deps.readDb, actor, row.filter));
    },

    /** Throws NOT_FOUND, INVALID_INPUT (filter), CONFLICT (name in use, or `version` stale). */
    async updateSegment(actor: Actor, id: string, input: SegmentUpdate) {
      if (input.filter !== undefined) await checkFilter(deps.db, actor.orgId, input.filter);
      const row = await transact(deps, actor, async (tx, emit) => {
        const before = await getRow(tx, actor, id);
        if (input.name !== undefined) await checkName(tx, actor.orgId, input.name, id);
        const next = {
          name: input.name ?? before.name,
          description: input.description === undefined ? before.description : input.description || null,
          filter: input.filter ?? before.filter,
        };
        if (!(await updateSegmentRow(tx, actor.orgId, id, input.version, next)))
          throw staleVersion('segment', toSegment(before, { count: null, problem: null }));
        if (JSON.stringify(next.filter) !== JSON.stringify(before.filter))
          for (const step of savedSteps) await step(tx, actor.orgId, id);
        await writeAudit(tx, actor, {
          action: 'update',
          entityType: 'segment',
          entityId: id,
          before: auditView(before),
          after: auditView(next),
        });
        emit({ entityType: 'segments', entityId: id, action: 'update', permission: 'customers.read' });
        return (await findSegmentRow(tx, actor.orgId, id))!;
      });
      return toSegment(row, await countFor(deps.readDb, actor, row.filter));
    },

    /** Moves the segment out of every list; its size history stays for the audit trail. */
    async deleteSegment(actor: Actor, id: string) {
      await transact(deps, actor, async (tx, emit) => {
        const before = await getRow(tx, actor, id);
        await softDeleteSegmentRow(tx, actor.orgId, id);
        await writeAudit(tx, actor, {
          action: 'delete',
          entityType: 'segment',
          entityId: id,
          before: auditView(before),
        });
        emit({ entityType: 'segments', entityId: id, action: 'delete', permission: 'customers.read' });
      });
    },

    /** Daily sizes over the last `days` days, oldest first; days without a record are absent. */
    async findSegmentSizes(actor: Actor, id: string, days: number) {
      await getRow(deps.readDb, actor, id);
      return { data: await listSegmentSizes(deps.readDb, actor.orgId, id, days) };
    },
  };
};

export type SegmentsService = ReturnType<typeof createSegmentsService>;
