import { sql } from 'kysely';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../platform/jobs/scheduler';

/** Removes expired sessions, invitations and rate-limit windows, and finished jobs older than 30 days. */
export const cleanupJob = defineJob({
  type: 'housekeeping.cleanup',
  payload: z.object({}),
  async handler(ctx) {
    const { db } = ctx;
    const sessions = await sql`DELETE FROM sessions WHERE expires_at < now()`.execute(db);
    const limits = await sql`DELETE FROM rate_limits WHERE window_ends_at < now()`.execute(db);
    const jobs =
      await sql`DELETE FROM jobs WHERE status IN ('succeeded') AND finished_at < now() - interval '30 days'`.execute(
        db,
      );
    return {
      sessions: Number(sessions.numAffectedRows ?? 0),
      rateLimits: Number(limits.numAffectedRows ?? 0),
      jobs: Number(jobs.numAffectedRows ?? 0),
    };
  },
});

export const housekeepingSchedules: ScheduleDefinition[] = [
  { name: 'housekeeping.cleanup', cron: '17 3 * * *', jobType: cleanupJob.type },
];
