import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../platform/jobs/scheduler';
import { recordSegmentSizesJob, segmentSchedules } from './segments/segments.jobs';
import { createImportJob, importCleanupJob, importSchedules } from './import/import-job';

/**
 * The customers module's background work (imports, segment sizes …). Handlers close over the
 * module's dependencies; each must be idempotent, since a job may run again after a crash.
 */
export const createCustomerJobs = (deps: Deps) => {
  const jobs: JobDefinition<never>[] = [
    recordSegmentSizesJob as unknown as JobDefinition<never>,
    createImportJob(deps) as unknown as JobDefinition<never>,
    importCleanupJob as unknown as JobDefinition<never>,
  ];
  const schedules: ScheduleDefinition[] = [...segmentSchedules, ...importSchedules];
  return { jobs, schedules };
};
