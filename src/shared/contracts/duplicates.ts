import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common';
import { CustomerSchema, customerKinds } from './customers';

/** Duplicate review and merge (C7). */

/** Strongest first: a group names the strongest reason its members share. */
export const duplicateReasons = ['external_id', 'phone', 'email', 'name_company', 'name_city'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export const DuplicateMemberSchema = z.object({
  id: z.string(),
  kind: z.enum(customerKinds),
  name: z.string(),
  city: z.string().nullable(),
  companyName: z.string().nullable(),
  /** Masked (138****1234), like every list. */
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  ownerName: z.string().nullable(),
  orderCount: z.number(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type DuplicateMember = z.infer<typeof DuplicateMemberSchema>;

export const DuplicateGroupSchema = z.object({
  /** Stable while the members stay the same; never contains a phone or email. */
  key: z.string(),
  reason: z.enum(duplicateReasons),
  reasons: z.array(z.enum(duplicateReasons)),
  /** Members the actor may see; `customers` holds at most the first 20. */
  size: z.number(),
  customers: z.array(DuplicateMemberSchema),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroupSchema>;

export const DuplicateGroupPageSchema = z.object({
  data: z.array(DuplicateGroupSchema),
  nextCursor: z.string().nullable(),
  /** When the groups were computed: now for most organisations, the last background check for very large ones. */
  checkedAt: TimestampSchema.nullable(),
  /** A background check is under way; the list will refresh when it is done. */
  checking: z.boolean(),
});
export type DuplicateGroupPage = z.infer<typeof DuplicateGroupPageSchema>;

export const DuplicateGroupQuerySchema = z
  .object({
    customer: IdSchema.optional().describe("only the groups this customer belongs to (the 360 page's link)"),
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type DuplicateGroupQuery = z.infer<typeof DuplicateGroupQuerySchema>;

/** "Not duplicates": every pair among these customers stops being suggested. */
export const DuplicateDismissSchema = z.object({ customerIds: z.array(IdSchema).min(2).max(20) }).strict();
export type DuplicateDismiss = z.infer<typeof DuplicateDismissSchema>;

/** Fields whose surviving value is picked per merge; custom fields join as `custom.<key>`. */
export const mergeFieldKeys = [
  'name',
  'title',
  'gender',
  'birthday',
  'company',
  'category',
  'valueTier',
  'lifecycleStage',
  'source',
  'owner',
  'team',
  'notes',
  'externalId',
] as const;
export type MergeFieldKey = (typeof mergeFieldKeys)[number];

export const MergeSchema = z
  .object({
    survivorId: IdSchema,
    mergedIds: z
      .array(IdSchema)
      .min(1, { message: 'must name at least one customer to merge' })
      .max(9, { message: 'must name at most 9 customers (10 with the survivor)' }),
    /** Field key → id of the customer whose value wins. Fields left out keep the survivor's value, or the first non-empty one. */
    fields: z.record(z.string().max(60), IdSchema).default({}),
    /** Customer id → the version the person reviewed; a newer version answers 409. */
    versions: z.record(z.string().max(60), VersionSchema),
  })
  .strict();
export type MergeInput = z.infer<typeof MergeSchema>;

export const MergeResultSchema = z.object({
  customer: CustomerSchema,
  mergedIds: z.array(z.string()),
});
export type MergeResult = z.infer<typeof MergeResultSchema>;
