import { sql, type Selectable } from 'kysely';
import {
  DEMO_DEFAULT_SEED,
  type DemoJob,
  type DemoLoad,
  type DemoStatus,
} from '../../../shared/demo/demo.contract';
import type { JobProgressSchema } from '../../../shared/contracts/jobs';
import { AppError } from '../../../shared/errors';
import type { z } from 'zod';
import type { JobsTable } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Deps } from '../../platform/deps';
import { iso, isoOrNull } from '../../platform/time';
import { DEMO_LOAD } from './demo.jobs';
import { orgFacts } from './demo-setup.queries';

const toDemoJob = (row: Selectable<JobsTable>): DemoJob => ({
  id: row.id,
  status: row.status as DemoJob['status'],
  progress: row.progress as z.infer<typeof JobProgressSchema> | null,
  lastError: row.last_error,
  result: (row.result as DemoJob['result']) ?? null,
  createdAt: iso(row.created_at),
  finishedAt: isoOrNull(row.finished_at),
});

/** Onboarding's offer to fill the organisation with demo data, as a background job. */
export const createDemoService = (deps: Deps) => ({
  /**
   * Queues a demo load of `customers` customers (seed DEMO_DEFAULT_SEED, dated before today).
   * Throws CONFLICT while another demo load of the organisation is queued or running.
   */
  async startDemoLoad(actor: Actor, input: DemoLoad): Promise<DemoJob> {
    return deps.db.transaction().execute(async (tx) => {
      // One request at a time per organisation decides whether a load is already under way.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`demo.load:${actor.orgId}`}))`.execute(tx);
      const running = await tx
        .selectFrom('jobs')
        .select('id')
        .where('org_id', '=', actor.orgId)
        .where('type', '=', DEMO_LOAD)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst();
      if (running)
        throw new AppError('CONFLICT', 'Demo data is already being loaded; wait until it has finished.');
      const facts = await orgFacts(tx, actor.orgId);
      const id = await deps.jobs.enqueue(tx, DEMO_LOAD, {
        orgId: actor.orgId,
        payload: {
          customers: input.customers,
          seed: DEMO_DEFAULT_SEED,
          asOf: facts?.today,
          requestedBy: actor.name,
        },
      });
      const row = await tx.selectFrom('jobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
      await writeAudit(tx, actor, {
        action: 'demo.request',
        entityType: 'job',
        entityId: row.id,
        changes: { customers: { from: null, to: input.customers } },
      });
      return toDemoJob(row);
    });
  },

  /** Whether the organisation has any customers yet, and its latest demo load. */
  async getDemoStatus(actor: Actor): Promise<DemoStatus> {
    const customer = await deps.db
      .selectFrom('customers')
      .select('id')
      .where('org_id', '=', actor.orgId)
      .where('deleted_at', 'is', null)
      .limit(1)
      .executeTakeFirst();
    const job = await deps.db
      .selectFrom('jobs')
      .selectAll()
      .where('org_id', '=', actor.orgId)
      .where('type', '=', DEMO_LOAD)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return { hasCustomers: customer !== undefined, job: job ? toDemoJob(job) : null };
  },
});

export type DemoService = ReturnType<typeof createDemoService>;
