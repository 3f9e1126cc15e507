import { sql } from 'kysely';
import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/job-queue';
import { replaceGroupSnapshot } from './duplicate-groups.queries';

export const DUPLICATE_SCAN_JOB = 'customers.duplicates.scan';

/**
 * Recomputes a large organisation's duplicate groups for the review page. Idempotent: it
 * replaces the stored groups in one transaction. The grouping sorts millions of keys, so it
 * gets more sort memory than a request would.
 */
export const duplicateScanJob = defineJob({
  type: DUPLICATE_SCAN_JOB,
  payload: z.object({}).strict(),
  maxAttempts: 3,
  handler: async (ctx) => {
    const orgId = ctx.orgId;
    if (!orgId) return { groups: 0 };
    const groups = await ctx.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL work_mem = '64MB'`.execute(tx);
      return replaceGroupSnapshot(tx, orgId);
    });
    return { groups };
  },
});
