import { z } from 'zod';
import { TimestampSchema } from '../contracts/common';
import { JobProgressSchema, JobStatusSchema } from '../contracts/jobs';

/** `kehu demo` loads this many customers unless told otherwise. */
export const DEMO_DEFAULT_CUSTOMERS = 10_000;
/** The most `kehu demo` loads in one run. */
export const DEMO_MAX_CUSTOMERS = 1_000_000;
/** The most the web app may ask for: a background job, not a maintenance window. */
export const DEMO_MAX_WEB_CUSTOMERS = 100_000;
export const DEMO_DEFAULT_SEED = 1;

export const DemoLoadSchema = z
  .object({
    customers: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be at least 1' })
      .max(DEMO_MAX_WEB_CUSTOMERS, {
        message: `must be at most ${DEMO_MAX_WEB_CUSTOMERS}; use kehu demo for more`,
      }),
  })
  .strict();
export type DemoLoad = z.infer<typeof DemoLoadSchema>;

/** What a finished load reports. Money in minor units of the organisation's currency. */
export const DemoSummarySchema = z.object({
  seed: z.number(),
  customers: z.number(),
  skipped: z.number(),
  orders: z.number(),
  lines: z.number(),
  revenueCents: z.number(),
  products: z.number(),
  owners: z.number(),
  seconds: z.number(),
});
export type DemoSummary = z.infer<typeof DemoSummarySchema>;

export const DemoJobSchema = z.object({
  id: z.string(),
  status: JobStatusSchema,
  progress: JobProgressSchema.nullable(),
  lastError: z.string().nullable(),
  result: DemoSummarySchema.nullable(),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type DemoJob = z.infer<typeof DemoJobSchema>;

/** The onboarding card's view: is the organisation still empty, and the latest demo load. */
export const DemoStatusSchema = z.object({
  hasCustomers: z.boolean(),
  job: DemoJobSchema.nullable(),
});
export type DemoStatus = z.infer<typeof DemoStatusSchema>;
