import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema';
import type { Deps } from '../../platform/deps';
import { defineJob, type JobQueue } from '../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../platform/jobs/scheduler';
import { refreshAnalytics } from './refresh/refresh-analytics';

export const REFRESH_ANALYTICS = 'analytics.refresh';

/**
 * Queues a refresh of the organisation's scores and dashboard, unless one is already waiting
 * (then returns that job's id): a burst of imports or clicks costs one refresh, not many. Pass
 * the caller's transaction to queue it only if the caller's work commits.
 */
export const enqueueAnalyticsRefresh = async (db: Kysely<DB>, jobs: JobQueue, orgId: string) => {
  const waiting = await db
    .selectFrom('jobs')
    .select('id')
    .where('type', '=', REFRESH_ANALYTICS)
    .where('org_id', '=', orgId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (waiting) return waiting.id;
  return (await jobs.enqueue(db, REFRESH_ANALYTICS, { orgId, payload: { orgId } }))!;
};

/**
 * `analytics.refresh`: with an `orgId`, refreshes that organisation (progress in percent);
 * without one (the nightly schedule), queues one refresh per organisation. `asOf` scores as of
 * another day than today (tests, reruns). Idempotent.
 */
export const createAnalyticsJobs = (deps: Deps) => {
  const refreshJob = defineJob({
    type: REFRESH_ANALYTICS,
    payload: z.object({ orgId: z.uuid().optional(), asOf: z.iso.date().optional() }).strict(),
    maxAttempts: 3,
    async handler(ctx, payload) {
      if (!payload.orgId) {
        const orgs = await ctx.db.selectFrom('orgs').select('id').orderBy('created_at').execute();
        for (const org of orgs) await enqueueAnalyticsRefresh(ctx.db, deps.jobs, org.id);
        return { queued: orgs.length };
      }
      return refreshAnalytics(ctx.db, payload.orgId, {
        asOf: payload.asOf,
        jobId: ctx.jobId,
        signal: ctx.signal,
        progress: (percent, message) => ctx.progress(percent, 100, message),
      });
    },
  });
  const schedules: ScheduleDefinition[] = [
    { name: REFRESH_ANALYTICS, cron: '40 2 * * *', jobType: REFRESH_ANALYTICS },
  ];
  return { jobs: [refreshJob], schedules };
};
