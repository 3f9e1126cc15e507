import type { Deps } from '../../platform/deps';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../platform/jobs/scheduler';

/**
 * The customers module's background work (imports, segment sizes …). Handlers close over the
 * module's dependencies; each must be idempotent, since a job may run again after a crash.
 */
export const createCustomerJobs = (deps: Deps) => {
  void deps;
  const jobs: JobDefinition<never>[] = [];
  const schedules: ScheduleDefinition[] = [];
  return { jobs, schedules };
};
