import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { defineJob } from '../../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../../platform/jobs/scheduler';
import { refitRecommendations } from './recommend.queries';

export const REFIT_RECOMMENDATIONS = 'orders.refit-recommendations';

/**
 * Refits the co-purchase model of one organisation (payload `orgId`) or of every organisation
 * with purchases. Each organisation's model is replaced in one transaction, so readers see the
 * old model or the new one, never half of either. Idempotent.
 */
export const refitRecommendationsJob = defineJob({
  type: REFIT_RECOMMENDATIONS,
  payload: z.object({ orgId: z.uuid().optional() }),
  maxAttempts: 3,
  async handler(ctx, payload) {
    const orgs = payload.orgId
      ? [payload.orgId]
      : (await ctx.db.selectFrom('customer_products').select('org_id').distinct().execute()).map(
          (r) => r.org_id,
        );
    const fitted: Record<string, { products: number; pairs: number }> = {};
    for (const [i, orgId] of orgs.entries()) {
      if (ctx.signal.aborted) break;
      fitted[orgId] = await ctx.db.transaction().execute((tx) => refitRecommendations(tx, orgId));
      await ctx.progress(i + 1, orgs.length);
    }
    return fitted;
  },
});

export const recommendSchedules: ScheduleDefinition[] = [
  { name: REFIT_RECOMMENDATIONS, cron: '20 2 * * *', jobType: REFIT_RECOMMENDATIONS },
];

/** Queues a refit of one organisation's model (after an import, or on request); at most one a minute. */
export const enqueueRefit = (db: Kysely<DB>, jobs: JobQueue, orgId: string) =>
  jobs.enqueue(db, REFIT_RECOMMENDATIONS, {
    orgId,
    payload: { orgId },
    dedupeKey: `refit:${orgId}:${Math.floor(Date.now() / 60_000)}`,
  });
