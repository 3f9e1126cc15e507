import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common';

/** Segments (A1): a named, saved filter tree with a live count and a daily size history. */
const SegmentName = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(100, { message: 'must be at most 100 characters' });
const SegmentDescription = z
  .string()
  .trim()
  .max(500, { message: 'must be at most 500 characters' })
  .nullable()
  .optional();
const SegmentFilter = z
  .custom<unknown>((value) => value !== undefined, { message: 'is required' })
  .describe('filter tree; checked against the customer fields');

export const SegmentSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string().nullable(),
  filter: z.unknown(),
  /** Customers in the segment that the caller may see; null when the filter no longer compiles. */
  count: z.number().nullable(),
  /** Why the count is missing, e.g. the filter names a custom field that was archived. */
  problem: z.string().nullable(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Segment = z.infer<typeof SegmentSchema>;

export const SegmentListSchema = z.object({ data: z.array(SegmentSchema) });

export const SegmentCreateSchema = z
  .object({ name: SegmentName, description: SegmentDescription, filter: SegmentFilter })
  .strict();
export type SegmentCreate = z.infer<typeof SegmentCreateSchema>;

export const SegmentUpdateSchema = z
  .object({
    name: SegmentName.optional(),
    description: SegmentDescription,
    filter: SegmentFilter.optional(),
    version: VersionSchema,
  })
  .strict();
export type SegmentUpdate = z.infer<typeof SegmentUpdateSchema>;

export const SegmentSizesQuerySchema = z
  .object({ days: z.coerce.number().int().min(1).max(730).default(90) })
  .strict();

export const SegmentSizeSchema = z.object({
  day: z.string().describe('YYYY-MM-DD in the organisation time zone'),
  size: z.number(),
});
export const SegmentSizesSchema = z.object({ data: z.array(SegmentSizeSchema) });
export type SegmentSize = z.infer<typeof SegmentSizeSchema>;
