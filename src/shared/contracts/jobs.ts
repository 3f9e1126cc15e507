import { z } from 'zod';
import { PageQuerySchema, TimestampSchema, pageOf } from './common';

export const JobStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const JobProgressSchema = z.object({
  done: z.number(),
  total: z.number().nullable(),
  message: z.string().optional(),
});

export const JobSchema = z.object({
  id: z.string(),
  type: z.string(),
  status: JobStatusSchema,
  attempts: z.number(),
  maxAttempts: z.number(),
  runAt: TimestampSchema,
  lastError: z.string().nullable(),
  progress: JobProgressSchema.nullable(),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type Job = z.infer<typeof JobSchema>;

export const JobQuerySchema = PageQuerySchema.extend({ status: JobStatusSchema.optional() }).strict();
export const JobPageSchema = pageOf(JobSchema);

export const ScheduleSchema = z.object({
  name: z.string(),
  cron: z.string(),
  jobType: z.string(),
  lastRunAt: TimestampSchema.nullable(),
  nextRunAt: TimestampSchema,
});
export const ScheduleListSchema = z.object({ data: z.array(ScheduleSchema) });
