import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common';

/**
 * Saved table views: which columns (in order, with widths), the sort, and the filter, search or
 * segment of the customer table, kept under a name for oneself, one's team or everyone.
 */
export const savedViewVisibilities = ['private', 'team', 'org'] as const;
export type SavedViewVisibility = (typeof savedViewVisibilities)[number];

export const savedViewPageSizes = [25, 50, 100, 200] as const;

const FieldKey = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9_.]*$/, { message: 'must be a field key such as city or custom.vip_level' });

export const SavedViewColumnSchema = z
  .object({
    key: FieldKey,
    /** Pixels; absent means the column's default width. */
    width: z.number().int().min(40).max(2000).optional(),
  })
  .strict();
export type SavedViewColumn = z.infer<typeof SavedViewColumnSchema>;

export const SavedViewDefinitionSchema = z
  .object({
    columns: z.array(SavedViewColumnSchema).min(1, { message: 'must show at least one column' }).max(80),
    /** Same form as the list's `sort` parameter: `-revenue,name`; empty for the default order. */
    sort: z
      .string()
      .max(200)
      .regex(/^(-?[a-z][a-z0-9_.]*(,-?[a-z][a-z0-9_.]*)*)?$/, {
        message: 'must be field keys separated by commas, - for descending: -updated_at,name',
      })
      .default(''),
    filter: z.unknown().optional().describe('filter tree; checked against the customer fields'),
    q: z.string().trim().max(100).optional(),
    segmentId: IdSchema.optional(),
    pageSize: z
      .number()
      .int()
      .refine((n) => (savedViewPageSizes as readonly number[]).includes(n), {
        message: 'must be 25, 50, 100 or 200',
      })
      .optional(),
  })
  .strict();
export type SavedViewDefinition = z.infer<typeof SavedViewDefinitionSchema>;

const ViewName = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(80, { message: 'must be at most 80 characters' });

export const SavedViewCreateSchema = z
  .object({
    name: ViewName,
    visibility: z.enum(savedViewVisibilities).default('private'),
    definition: SavedViewDefinitionSchema,
  })
  .strict();
export type SavedViewCreate = z.infer<typeof SavedViewCreateSchema>;

export const SavedViewUpdateSchema = z
  .object({
    name: ViewName.optional(),
    visibility: z.enum(savedViewVisibilities).optional(),
    definition: SavedViewDefinitionSchema.optional(),
    version: VersionSchema,
  })
  .strict();
export type SavedViewUpdate = z.infer<typeof SavedViewUpdateSchema>;

export const SavedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  visibility: z.enum(savedViewVisibilities),
  teamId: z.string().nullable(),
  definition: SavedViewDefinitionSchema,
  /** Whether the caller may rename, change or delete it. */
  canEdit: z.boolean(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SavedViewListSchema = z.object({ data: z.array(SavedViewSchema) });
