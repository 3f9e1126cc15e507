import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { defineJob } from '../../../platform/jobs/job-queue';
import type { ScheduleDefinition } from '../../../platform/jobs/scheduler';
import { recordSegmentSize } from './segments.service';
import { listAllLiveSegments } from './segments.queries';

export const RECORD_SEGMENT_SIZES = 'segments.record-sizes';

/**
 * Records today's size of every live segment of every organisation. Idempotent: a second run
 * on the same day overwrites the day's figure. A segment whose filter no longer compiles (a
 * custom field it names was archived) is skipped and reported, not retried forever.
 */
export const recordSegmentSizesJob = defineJob({
  type: RECORD_SEGMENT_SIZES,
  payload: z.object({}),
  maxAttempts: 3,
  async handler(ctx) {
    const segments = await listAllLiveSegments(ctx.db);
    let recorded = 0;
    const skipped: { orgId: string; segmentId: string; reason: string }[] = [];
    for (const segment of segments) {
      if (ctx.signal.aborted) break;
      try {
        await recordSegmentSize(ctx.db, segment);
        recorded++;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
        skipped.push({ orgId: segment.org_id, segmentId: segment.id, reason: error.message });
        ctx.logger.warn({ segmentId: segment.id, reason: error.message }, 'segment size not recorded');
      }
      await ctx.progress(recorded + skipped.length, segments.length);
    }
    return { recorded, skipped };
  },
});

export const segmentSchedules: ScheduleDefinition[] = [
  { name: RECORD_SEGMENT_SIZES, cron: '5 1 * * *', jobType: RECORD_SEGMENT_SIZES },
];
