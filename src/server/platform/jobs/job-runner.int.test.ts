import { sql } from 'kysely';
import pino from 'pino';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { databaseKinds, openTestDatabase } from '../../../../test/support/test-database';
import { createJobQueue, defineJob, type JobQueue } from './job-queue';
import { createJobRunner } from './job-runner';
import { fireDueSchedules, upsertSchedules } from './scheduler';

const logger = pino({ level: 'silent' });

describe.each(databaseKinds)('jobs and schedules on %s', (kind) => {
  let database: Database;
  let queue: JobQueue;
  const runs: string[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    database = (await openTestDatabase(kind)).database;
    queue = createJobQueue();
    queue.register(
      defineJob({
        type: 'test.echo',
        payload: z.object({ n: z.number() }),
        async handler(ctx, payload) {
          await ctx.progress(1, 2, 'half way');
          runs.push(ctx.jobId);
          return { doubled: payload.n * 2 };
        },
      }) as never,
    );
    queue.register(
      defineJob({
        type: 'test.flaky',
        payload: z.object({}),
        maxAttempts: 2,
        async handler() {
          if (failuresLeft-- > 0) throw new Error('the mail server said no');
          return 'ok';
        },
      }) as never,
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  const job = (id: string) =>
    database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('runs a job and keeps its result and progress', async () => {
    const id = (await queue.enqueue(database.db, 'test.echo', { orgId: null, payload: { n: 21 } }))!;
    const runner = createJobRunner({ db: database.db, queue, logger, concurrency: 1 });
    expect(await runner.drain()).toBe(1);
    expect(await job(id)).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      result: { doubled: 42 },
      progress: { done: 1, total: 2 },
    });
  });

  it('retries a failing job with backoff, then marks it failed with the error', async () => {
    failuresLeft = 5;
    const id = (await queue.enqueue(database.db, 'test.flaky', { orgId: null }))!;
    const runner = createJobRunner({ db: database.db, queue, logger, concurrency: 1 });
    await runner.drain();
    const first = await job(id);
    expect(first).toMatchObject({ status: 'queued', attempts: 1, last_error: 'the mail server said no' });
    expect(first.run_at.getTime()).toBeGreaterThan(Date.now());
    await sql`UPDATE jobs SET run_at = now() WHERE id = ${id}`.execute(database.db);
    await runner.drain();
    expect(await job(id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      last_error: 'the mail server said no',
    });
  });

  it('creates no job when the enqueuing transaction rolls back', async () => {
    const before = runs.length;
    await database.db
      .transaction()
      .execute(async (tx) => {
        await queue.enqueue(tx, 'test.echo', { orgId: null, payload: { n: 1 }, dedupeKey: 'rolled-back' });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(
      await database.db.selectFrom('jobs').select('id').where('dedupe_key', '=', 'rolled-back').execute(),
    ).toEqual([]);
    await createJobRunner({ db: database.db, queue, logger, concurrency: 1 }).drain();
    expect(runs.length).toBe(before);
  });

  it('runs each job exactly once when two workers claim at the same time', async () => {
    runs.length = 0;
    const ids = new Set<string>();
    for (let n = 0; n < 30; n++)
      ids.add((await queue.enqueue(database.db, 'test.echo', { orgId: null, payload: { n } }))!);
    const a = createJobRunner({ db: database.db, queue, logger, concurrency: 3 });
    const b = createJobRunner({ db: database.db, queue, logger, concurrency: 3 });
    await Promise.all([a.drain(), b.drain()]);
    expect(runs.filter((id) => ids.has(id)).sort()).toEqual([...ids].sort());
  });

  it('requeues a job whose worker died, so jobs survive a restart', async () => {
    runs.length = 0;
    const id = (await queue.enqueue(database.db, 'test.echo', { orgId: null, payload: { n: 3 } }))!;
    await sql`UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'dead-worker', locked_until = now() - interval '1 minute'
              WHERE id = ${id}`.execute(database.db);
    await createJobRunner({ db: database.db, queue, logger, concurrency: 1 }).drain();
    expect(await job(id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(runs).toEqual([id]);
  });

  it('fires a due schedule exactly once across several instances', async () => {
    const past = new Date(Date.now() - 120_000);
    await upsertSchedules(
      database.db,
      [{ name: 'test.minutely', cron: '* * * * *', jobType: 'test.echo', payload: { n: 7 } }],
      past,
    );
    const fired = await Promise.all([1, 2, 3, 4].map(() => fireDueSchedules(database.db, queue)));
    expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
    const jobs = await database.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where('dedupe_key', 'like', 'schedule:test.minutely:%')
      .execute();
    expect(jobs).toHaveLength(1);
    const schedule = await database.db
      .selectFrom('schedules')
      .selectAll()
      .where('name', '=', 'test.minutely')
      .executeTakeFirstOrThrow();
    expect(schedule.next_run_at.getTime()).toBeGreaterThan(Date.now());
  });
});
