import { z } from 'zod';
import { DEMO_MAX_CUSTOMERS } from '../../../shared/demo/demo.contract';
import type { Deps } from '../../platform/deps';
import { defineJob } from '../../platform/jobs/job-queue';
import { enqueueAnalyticsRefresh } from '../analytics/index';
import { loadDemoData } from './demo-loader';

export const DEMO_LOAD = 'demo.load';

/**
 * Loads demo data into the job's organisation, reporting progress per batch, then queues an
 * analytics refresh so the dashboard shows the data. Idempotent: a retry (or a restart after
 * shutdown) goes on after the customers already written.
 */
export const createDemoLoadJob = (deps: Deps) =>
  defineJob({
    type: DEMO_LOAD,
    payload: z.object({
      customers: z.number().int().min(1).max(DEMO_MAX_CUSTOMERS),
      seed: z.number().int().min(0),
      asOf: z.iso.date().optional(),
      requestedBy: z.string().optional(),
    }),
    maxAttempts: 3,
    async handler(ctx, payload) {
      if (!ctx.orgId) throw new Error('A demo load must belong to an organisation');
      const summary = await loadDemoData(
        ctx.db,
        ctx.orgId,
        payload,
        (done, total) => ctx.progress(done, total),
        ctx.signal,
      );
      await enqueueAnalyticsRefresh(ctx.db, deps.jobs, ctx.orgId);
      return summary;
    },
  });
