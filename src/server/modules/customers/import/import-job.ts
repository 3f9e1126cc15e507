import { sql } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../../../platform/deps';
import { defineJob } from '../../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../../platform/jobs/scheduler';
import { runCustomerImport } from './import-runner';

export const IMPORT_JOB = 'customers.import';

/**
 * Runs an import. Idempotent: the import's own progress (committed with each batch) says where
 * to go on, and its lease keeps a second run of the job waiting rather than loading twice.
 */
export const createImportJob = (deps: Deps) =>
  defineJob({
    type: IMPORT_JOB,
    payload: z.object({ importId: z.uuid() }),
    maxAttempts: 10,
    async handler(ctx, { importId }) {
      if (!ctx.orgId) throw new Error('An import job needs an organisation');
      let reported = 0;
      const row = await runCustomerImport(deps, ctx.orgId, importId, {
        signal: ctx.signal,
        runner: `job:${ctx.jobId}:${ctx.attempt}`,
        async onProgress(p) {
          // One progress write a second is plenty for a bar, and keeps the jobs table quiet.
          if (Date.now() - reported < 1000) return;
          reported = Date.now();
          await ctx.progress(p.processed, p.total, p.status);
        },
      });
      await ctx.progress(row.processed_rows, row.total_rows, row.status);
      return {
        status: row.status,
        created: row.created_count,
        updated: row.updated_count,
        skipped: row.skipped_count,
        errors: row.error_count,
      };
    },
  });

export const IMPORT_CLEANUP_JOB = 'customers.import-cleanup';

/**
 * Uploaded files live in the database until their import has loaded; one nobody ran (or a dry
 * run nobody followed up) would keep up to 200 MB for ever. After a week its file goes; the
 * import, its counts and its problem report stay.
 */
export const importCleanupJob = defineJob({
  type: IMPORT_CLEANUP_JOB,
  payload: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    const result = await sql`
      DELETE FROM import_chunks ch USING imports i
      WHERE i.org_id = ch.org_id AND i.id = ch.import_id
        AND i.status NOT IN ('queued', 'validating', 'loading') AND i.updated_at < now() - interval '7 days'`.execute(
      ctx.db,
    );
    return { chunksDeleted: Number(result.numAffectedRows ?? 0) };
  },
});

export const importSchedules: ScheduleDefinition[] = [
  { name: IMPORT_CLEANUP_JOB, cron: '35 3 * * *', jobType: IMPORT_CLEANUP_JOB },
];
