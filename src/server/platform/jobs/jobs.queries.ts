import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB, JobsTable } from '../../db/schema';

export type JobRow = Selectable<JobsTable>;

export const insertJob = async (db: Kysely<DB>, job: Insertable<JobsTable>): Promise<string | null> => {
  const row = await db
    .insertInto('jobs')
    .values(job)
    .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
};

/** Claims the next due job of the given types; SKIP LOCKED lets many workers claim without waiting. */
export const claimJob = async (
  db: Kysely<DB>,
  workerId: string,
  types: string[],
  lockSeconds: number,
): Promise<JobRow | undefined> => {
  const { rows } = await sql<JobRow>`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${lockSeconds}), updated_at = now()
    WHERE id = (
      SELECT id FROM jobs
      WHERE status = 'queued' AND run_at <= now() AND type = ANY(${types}::text[])
      ORDER BY run_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING *`.execute(db);
  return rows[0];
};

export const extendLock = async (db: Kysely<DB>, id: string, workerId: string, lockSeconds: number) => {
  await sql`UPDATE jobs SET locked_until = now() + make_interval(secs => ${lockSeconds})
            WHERE id = ${id} AND locked_by = ${workerId} AND status = 'running'`.execute(db);
};

export const completeJob = async (db: Kysely<DB>, id: string, workerId: string, result: unknown) => {
  await db
    .updateTable('jobs')
    .set({
      status: 'succeeded',
      result: JSON.stringify(result ?? null),
      finished_at: new Date(),
      updated_at: new Date(),
      locked_by: null,
      locked_until: null,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
};

/** Requeues with exponential backoff, or marks failed once attempts are used up. */
export const failJob = async (
  db: Kysely<DB>,
  id: string,
  workerId: string,
  error: string,
  backoffSeconds: number,
) => {
  await sql`
    UPDATE jobs SET
      status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
      finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
      run_at = CASE WHEN attempts >= max_attempts THEN run_at ELSE now() + make_interval(secs => ${backoffSeconds}) END,
      last_error = ${error}, locked_by = NULL, locked_until = NULL, updated_at = now()
    WHERE id = ${id} AND locked_by = ${workerId}`.execute(db);
};

/** Jobs whose worker died (lock expired) go back to the queue, or fail if out of attempts. */
export const recoverStaleJobs = async (db: Kysely<DB>): Promise<number> => {
  const { rows } = await sql<{ id: string }>`
    UPDATE jobs SET
      status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
      finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
      last_error = coalesce(last_error, 'worker stopped while running the job'),
      locked_by = NULL, locked_until = NULL, updated_at = now()
    WHERE status = 'running' AND locked_until < now()
    RETURNING id`.execute(db);
  return rows.length;
};

export const setJobProgress = async (db: Kysely<DB>, id: string, progress: unknown) => {
  await db
    .updateTable('jobs')
    .set({ progress: JSON.stringify(progress), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
};

/** Job releases its lock on shutdown so another worker can take it at once. */
export const releaseJob = async (db: Kysely<DB>, id: string, workerId: string) => {
  await db
    .updateTable('jobs')
    .set({
      status: 'queued',
      locked_by: null,
      locked_until: null,
      attempts: sql`greatest(attempts - 1, 0)`,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
};
