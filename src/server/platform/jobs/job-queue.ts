import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { DB } from '../../db/schema';
import { AppError } from '../../../shared/errors';
import { newId } from '../ids';
import { insertJob } from './jobs.queries';

export type JobContext = {
  jobId: string;
  orgId: string | null;
  attempt: number;
  db: Kysely<DB>;
  logger: Logger;
  /** Aborted when the server shuts down; long handlers should stop and let the job be retried. */
  signal: AbortSignal;
  progress(done: number, total: number | null, message?: string): Promise<void>;
};

/** A kind of background work. Handlers must be idempotent: a job may run again after a crash. */
export type JobDefinition<P = unknown> = {
  type: string;
  payload: z.ZodType<P>;
  maxAttempts?: number;
  handler: (ctx: JobContext, payload: P) => Promise<unknown>;
};

export const defineJob = <P>(definition: JobDefinition<P>): JobDefinition<P> => definition;

export type EnqueueOptions = {
  orgId: string | null;
  payload?: unknown;
  runAt?: Date;
  /** A second enqueue with the same key is ignored while the first exists. */
  dedupeKey?: string;
};

export type JobQueue = {
  register(definition: JobDefinition<never>): void;
  definitions(): ReadonlyMap<string, JobDefinition<unknown>>;
  /** Adds a job; pass the caller's transaction so the job exists only if the work commits. */
  enqueue(db: Kysely<DB>, type: string, options: EnqueueOptions): Promise<string | null>;
};

export const createJobQueue = (): JobQueue => {
  const registry = new Map<string, JobDefinition<unknown>>();
  return {
    register(definition) {
      registry.set(definition.type, definition as unknown as JobDefinition<unknown>);
    },
    definitions: () => registry,
    async enqueue(db, type, options) {
      const definition = registry.get(type);
      if (!definition) throw new AppError('INVALID_INPUT', `Unknown job type ${type}`);
      const payload = definition.payload.parse(options.payload ?? {});
      return insertJob(db, {
        id: newId(),
        org_id: options.orgId,
        type,
        payload: JSON.stringify(payload),
        run_at: options.runAt ?? new Date(),
        max_attempts: definition.maxAttempts ?? 5,
        dedupe_key: options.dedupeKey ?? null,
      });
    },
  };
};
