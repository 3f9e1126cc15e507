import type { Deps } from '../../platform/deps';
import { cleanupJob, housekeepingSchedules } from './housekeeping.jobs';
import { jobsRoutes } from './jobs.routes';
import { createJobsService } from './jobs.service';

/** The admin view of background jobs and schedules, plus installation housekeeping. */
export const createJobsModule = (deps: Deps) => {
  const service = createJobsService(deps);
  return { service, routes: jobsRoutes(service), jobs: [cleanupJob], schedules: housekeepingSchedules };
};
