import { z } from 'zod';
import type { Deps } from '../../../platform/deps';
import { defineJob } from '../../../platform/jobs/job-queue';
import { runOrderImport } from './order-import-runner';
import { ORDER_IMPORT_JOB } from './order-import.service';
import { afterOrderImport } from './after-import';

/** Runs an order import; idempotent through the import's committed progress and lease. */
export const createOrderImportJob = (deps: Deps) =>
  defineJob({
    type: ORDER_IMPORT_JOB,
    payload: z.object({ importId: z.uuid() }),
    maxAttempts: 10,
    async handler(ctx, { importId }) {
      if (!ctx.orgId) throw new Error('An import job needs an organisation');
      let reported = 0;
      const row = await runOrderImport(deps, ctx.orgId, importId, {
        signal: ctx.signal,
        async onProgress(p) {
          if (Date.now() - reported < 1000) return;
          reported = Date.now();
          await ctx.progress(p.processed, p.total, p.status);
        },
      });
      await ctx.progress(row.processed_rows, row.total_rows, row.status);
      await afterOrderImport(deps, ctx.orgId, row);
      return {
        status: row.status,
        created: row.created_count,
        refunds: row.updated_count,
        errors: row.error_count,
      };
    },
  });
