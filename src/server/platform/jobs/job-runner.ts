import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/schema';
import { newSecret } from '../ids';
import type { JobQueue } from './job-queue';
import {
  claimJob,
  completeJob,
  extendLock,
  failJob,
  recoverStaleJobs,
  releaseJob,
  setJobProgress,
  type JobRow,
} from './jobs.queries';

export type JobRunner = {
  workerId: string;
  start(): void;
  /** Stops claiming, lets running jobs finish (up to `graceMs`), then releases the rest. */
  stop(graceMs?: number): Promise<void>;
  /** Claims and runs jobs until none is due (tests and the CLI). */
  drain(): Promise<number>;
};

const LOCK_SECONDS = 60;

/** 2, 4, 8 … seconds, capped at an hour. */
export const backoffSeconds = (attempt: number): number => Math.min(3600, 2 ** Math.max(1, attempt));

export const createJobRunner = (opts: {
  db: Kysely<DB>;
  queue: JobQueue;
  logger: Logger;
  concurrency: number;
  pollMs?: number;
}): JobRunner => {
  const workerId = `${hostname()}:${process.pid}:${newSecret(4)}`;
  const pollMs = opts.pollMs ?? 1000;
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let active = false;
  let timer: NodeJS.Timeout | undefined;
  let lastRecovery = 0;

  const runOne = async (job: JobRow): Promise<void> => {
    const definition = opts.queue.definitions().get(job.type);
    const controller = new AbortController();
    const logger = opts.logger.child({ jobId: job.id, jobType: job.type });
    const heartbeat = setInterval(
      () => void extendLock(opts.db, job.id, workerId, LOCK_SECONDS).catch(() => undefined),
      (LOCK_SECONDS * 1000) / 3,
    );
    const done = (async () => {
      try {
        if (!definition) throw new Error(`No handler for job type ${job.type}`);
        const payload = definition.payload.parse(job.payload);
        const result = await definition.handler(
          {
            jobId: job.id,
            orgId: job.org_id,
            attempt: job.attempts,
            db: opts.db,
            logger,
            signal: controller.signal,
            progress: (done, total, message) => setJobProgress(opts.db, job.id, { done, total, message }),
          },
          payload,
        );
        if (controller.signal.aborted) {
          await releaseJob(opts.db, job.id, workerId);
          return;
        }
        await completeJob(opts.db, job.id, workerId, result);
        logger.info('job succeeded');
      } catch (error) {
        if (controller.signal.aborted) {
          await releaseJob(opts.db, job.id, workerId).catch(() => undefined);
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ err: error, attempt: job.attempts }, 'job failed');
        await failJob(opts.db, job.id, workerId, message, backoffSeconds(job.attempts)).catch((e) =>
          logger.error({ err: e }, 'could not record job failure'),
        );
      } finally {
        clearInterval(heartbeat);
        running.delete(job.id);
      }
    })();
    running.set(job.id, { controller, done });
    await done;
  };

  const claimAndRun = async (): Promise<boolean> => {
    const types = [...opts.queue.definitions().keys()];
    if (types.length === 0) return false;
    const job = await claimJob(opts.db, workerId, types, LOCK_SECONDS);
    if (!job) return false;
    void runOne(job);
    return true;
  };

  const tick = async () => {
    timer = undefined;
    if (!active) return;
    try {
      if (Date.now() - lastRecovery > 30_000) {
        lastRecovery = Date.now();
        const recovered = await recoverStaleJobs(opts.db);
        if (recovered > 0) opts.logger.info({ recovered }, 'requeued jobs left by a stopped worker');
      }
      while (active && running.size < opts.concurrency && (await claimAndRun()));
    } catch (error) {
      opts.logger.warn({ err: error }, 'job polling failed; will retry');
    }
    if (active) timer = setTimeout(() => void tick(), pollMs);
  };

  return {
    workerId,
    start() {
      if (active) return;
      active = true;
      void tick();
    },
    async stop(graceMs = 10_000) {
      active = false;
      if (timer) clearTimeout(timer);
      const all = Promise.all([...running.values()].map((r) => r.done));
      const timedOut = await Promise.race([
        all.then(() => false),
        new Promise((r) => setTimeout(() => r(true), graceMs)),
      ]);
      if (timedOut) {
        for (const r of running.values()) r.controller.abort();
        await all;
      }
    },
    async drain() {
      let count = 0;
      await recoverStaleJobs(opts.db);
      for (;;) {
        const types = [...opts.queue.definitions().keys()];
        const job = types.length ? await claimJob(opts.db, workerId, types, LOCK_SECONDS) : undefined;
        if (!job) break;
        await runOne(job);
        count++;
      }
      return count;
    },
  };
};
