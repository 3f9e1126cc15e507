import { Cron } from 'croner';
import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema';
import type { JobQueue } from './job-queue';

export type ScheduleDefinition = { name: string; cron: string; jobType: string; payload?: unknown };

export const nextRunAfter = (cron: string, after: Date): Date => {
  const next = new Cron(cron, { paused: true, timezone: 'UTC' }).nextRun(after);
  if (!next) throw new Error(`Cron pattern ${cron} never fires`);
  return next;
};

/** Records the schedules; an unchanged pattern keeps its next run, a changed one is recomputed. */
export const upsertSchedules = async (db: Kysely<DB>, schedules: ScheduleDefinition[], now = new Date()) => {
  for (const s of schedules) {
    await db
      .insertInto('schedules')
      .values({
        name: s.name,
        cron: s.cron,
        job_type: s.jobType,
        payload: JSON.stringify(s.payload ?? {}),
        next_run_at: nextRunAfter(s.cron, now),
      })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({
          job_type: s.jobType,
          payload: JSON.stringify(s.payload ?? {}),
          next_run_at: sql`CASE WHEN schedules.cron = excluded.cron THEN schedules.next_run_at ELSE excluded.next_run_at END`,
          cron: s.cron,
        }),
      )
      .execute();
  }
};

/**
 * Fires due schedules. Each firing moves `next_run_at` with a compare-and-set and enqueues the job
 * under a dedupe key in the same transaction, so across any number of instances a firing happens once.
 */
export const fireDueSchedules = async (
  db: Kysely<DB>,
  queue: JobQueue,
  now = new Date(),
): Promise<number> => {
  const due = await db.selectFrom('schedules').selectAll().where('next_run_at', '<=', now).execute();
  let fired = 0;
  for (const s of due) {
    const dueAt = s.next_run_at;
    const won = await db.transaction().execute(async (tx) => {
      const moved = await tx
        .updateTable('schedules')
        .set({ next_run_at: nextRunAfter(s.cron, now), last_run_at: dueAt })
        .where('name', '=', s.name)
        .where('next_run_at', '=', dueAt)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return false;
      await queue.enqueue(tx, s.job_type, {
        orgId: null,
        payload: s.payload,
        dedupeKey: `schedule:${s.name}:${dueAt.toISOString()}`,
      });
      return true;
    });
    if (won) fired++;
  }
  return fired;
};

export const createScheduler = (opts: {
  db: Kysely<DB>;
  queue: JobQueue;
  logger: Logger;
  schedules: ScheduleDefinition[];
  intervalMs?: number;
}) => {
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      await fireDueSchedules(opts.db, opts.queue);
    } catch (error) {
      opts.logger.warn({ err: error }, 'schedule check failed; will retry');
    }
  };
  return {
    async start() {
      await upsertSchedules(opts.db, opts.schedules);
      await tick();
      timer = setInterval(() => void tick(), opts.intervalMs ?? 15_000);
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
};
