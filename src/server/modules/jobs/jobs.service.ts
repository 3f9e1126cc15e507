import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Job } from '../../../shared/contracts/jobs';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import type { Deps } from '../../platform/deps';
import { decodeIdCursor, pageFrom } from '../../platform/keyset';
import { iso, isoOrNull } from '../../platform/time';
import type { JobsTable } from '../../db/schema';

const toJob = (row: Selectable<JobsTable>): Job => ({
  id: row.id,
  type: row.type,
  status: row.status as Job['status'],
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  runAt: iso(row.run_at),
  lastError: row.last_error,
  progress: row.progress as Job['progress'],
  createdAt: iso(row.created_at),
  finishedAt: isoOrNull(row.finished_at),
});

/** An organisation sees its own jobs and the installation's housekeeping (org_id null). */
export const createJobsService = (deps: Deps) => ({
  async findJobs(actor: Actor, q: { status?: Job['status']; cursor?: string; limit: number }) {
    const afterId = decodeIdCursor(q.cursor);
    let query = deps.db
      .selectFrom('jobs')
      .selectAll()
      .where((eb) => eb.or([eb('org_id', '=', actor.orgId), eb('org_id', 'is', null)]));
    if (q.status) query = query.where('status', '=', q.status);
    if (afterId) query = query.where('id', '<', afterId);
    const rows = await query
      .orderBy('id', 'desc')
      .limit(q.limit + 1)
      .execute();
    const page = pageFrom(rows, q.limit, (r) => [r.id]);
    return { data: page.data.map(toJob), nextCursor: page.nextCursor };
  },

  /** Runs a failed job again with a fresh set of attempts. */
  async retryJob(actor: Actor, id: string) {
    return deps.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('jobs')
        .set({ status: 'queued', attempts: 0, run_at: sql`now()`, finished_at: null, updated_at: new Date() })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .where((eb) => eb.or([eb('org_id', '=', actor.orgId), eb('org_id', 'is', null)]))
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `Failed job ${id} not found`);
      await writeAudit(tx, actor, {
        action: 'retry',
        entityType: 'job',
        entityId: id,
        changes: { status: { from: 'failed', to: 'queued' } },
      });
      return toJob(row);
    });
  },

  async listSchedules() {
    const rows = await deps.db.selectFrom('schedules').selectAll().orderBy('name').execute();
    return {
      data: rows.map((r) => ({
        name: r.name,
        cron: r.cron,
        jobType: r.job_type,
        lastRunAt: isoOrNull(r.last_run_at),
        nextRunAt: iso(r.next_run_at),
      })),
    };
  },
});

export type JobsService = ReturnType<typeof createJobsService>;
