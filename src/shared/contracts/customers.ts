import { z } from 'zod';
import { CustomerScoresSchema } from './analytics';
import { IdSchema, TimestampSchema, VersionSchema } from './common';

/** Customers: the profile of C1–C3 as the API reads and writes it. */

const label = z.string().trim().max(30, { message: 'must be at most 30 characters' });
const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` });
const optionalText = (max: number) => shortText(max).nullable().optional();

export const customerKinds = ['person', 'company'] as const;
export const genders = ['female', 'male', 'other'] as const;
export const picklists = ['category', 'value_tier', 'lifecycle_stage', 'source'] as const;
export type Picklist = (typeof picklists)[number];

export const PhoneEntrySchema = z
  .object({
    label: label.default('mobile'),
    number: z.string().trim().min(1, { message: 'must not be empty' }).max(40),
    primary: z.boolean().default(false),
  })
  .strict();
export type PhoneEntry = z.infer<typeof PhoneEntrySchema>;

export const EmailEntrySchema = z
  .object({
    label: label.default('work'),
    address: z.string().trim().min(1, { message: 'must not be empty' }).max(254),
    primary: z.boolean().default(false),
  })
  .strict();
export type EmailEntry = z.infer<typeof EmailEntrySchema>;

/** Chinese form (province / city / district + lines) or international form (country + lines). */
export const AddressEntrySchema = z
  .object({
    label: label.default('office'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as CN' })
      .default('CN'),
    province: optionalText(40),
    city: optionalText(60),
    district: optionalText(60),
    line1: optionalText(200),
    line2: optionalText(200),
    postcode: optionalText(20),
    primary: z.boolean().default(false),
  })
  .strict();
export type AddressEntry = z.infer<typeof AddressEntrySchema>;

export const TagSchema = z.string().trim().min(1).max(40, { message: 'must be at most 40 characters' });
const NameText = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be at most 200 characters' });
const DateText = z.iso.date({ message: 'must be a date such as 1990-05-31' });

const profileFields = {
  name: NameText,
  companyId: IdSchema.nullable().optional(),
  title: optionalText(100),
  gender: z.enum(genders).nullable().optional(),
  birthday: DateText.nullable().optional(),
  phones: z.array(PhoneEntrySchema).max(10).optional(),
  emails: z.array(EmailEntrySchema).max(10).optional(),
  addresses: z.array(AddressEntrySchema).max(10).optional(),
  source: optionalText(60),
  category: optionalText(60),
  valueTier: optionalText(60),
  lifecycleStage: optionalText(60),
  ownerId: IdSchema.nullable().optional(),
  teamId: IdSchema.nullable().optional(),
  tags: z.array(TagSchema).max(50).optional(),
  notes: optionalText(10_000),
  custom: z.record(z.string(), z.unknown()).optional(),
  externalId: optionalText(100),
};

export const CustomerCreateSchema = z
  .object({ kind: z.enum(customerKinds).default('person'), ...profileFields })
  .strict();
export type CustomerCreate = z.infer<typeof CustomerCreateSchema>;

export const CustomerUpdateSchema = z
  .object({ ...profileFields, name: NameText.optional(), version: VersionSchema })
  .strict();
export type CustomerUpdate = z.infer<typeof CustomerUpdateSchema>;

export const CustomerRollupsSchema = z.object({
  lastContactAt: TimestampSchema.nullable(),
  orderCount: z.number(),
  revenueCents: z.number(),
  firstOrderAt: TimestampSchema.nullable(),
  lastOrderAt: TimestampSchema.nullable(),
  avgOrderCents: z.number().nullable(),
  favouriteCategory: z.string().nullable(),
  favouriteProduct: z.string().nullable(),
  preferredChannel: z.string().nullable(),
  /** Whole days since the last order, as of the answer; null without orders. */
  daysSinceLastOrder: z.number().nullable(),
  /** Orders per month since the first order (at least one month); 0 without orders. */
  purchaseFrequency: z.number(),
});

export const CustomerSchema = z.object({
  id: z.string(),
  kind: z.enum(customerKinds),
  name: z.string(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  title: z.string().nullable(),
  gender: z.enum(genders).nullable(),
  birthday: z.string().nullable(),
  phones: z.array(z.object({ label: z.string(), number: z.string(), primary: z.boolean() })),
  emails: z.array(z.object({ label: z.string(), address: z.string(), primary: z.boolean() })),
  addresses: z.array(AddressEntrySchema.extend({ country: z.string() })),
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  source: z.string().nullable(),
  category: z.string().nullable(),
  valueTier: z.string().nullable(),
  lifecycleStage: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  custom: z.record(z.string(), z.unknown()),
  externalId: z.string().nullable(),
  /** True when phones and emails are shown masked (138****1234). */
  masked: z.boolean(),
  rollups: CustomerRollupsSchema,
  /** RFM, CLV, P(alive) and lifecycle stage from the last analytics refresh; always sent, null before it. */
  scores: CustomerScoresSchema.nullable().optional(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  deletedAt: TimestampSchema.nullable(),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** Likely duplicates found while creating or importing: the reason names what matched. */
export const DuplicateCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  reason: z.enum(['phone', 'email', 'name_city', 'name_company', 'external_id']),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidateSchema>;

export const CustomerWithDuplicatesSchema = z.object({
  customer: CustomerSchema,
  duplicates: z.array(DuplicateCandidateSchema),
});

/** `sort` is a comma list of field keys, `-` for descending: `-revenue,name`. */
export const CustomerListQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    filter: z.string().max(20_000).optional().describe('filter tree as JSON'),
    sort: z
      .string()
      .max(200)
      .regex(/^-?[a-z][a-z0-9_.]*(,-?[a-z][a-z0-9_.]*)*$/, {
        message: 'must be field keys separated by commas, - for descending: -updated_at,name',
      })
      .optional(),
    segmentId: IdSchema.optional(),
    deleted: z.enum(['true', 'false']).optional().describe('true lists the recycle bin'),
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CustomerListQuery = z.infer<typeof CustomerListQuerySchema>;

export const CustomerPageSchema = z.object({
  data: z.array(CustomerSchema),
  nextCursor: z.string().nullable(),
});

export const CustomerCountSchema = z.object({
  count: z.number(),
  /** True when the count is the planner's estimate (very large results). */
  estimated: z.boolean(),
});

export const RevealSchema = z.object({
  phones: z.array(z.object({ label: z.string(), number: z.string(), primary: z.boolean() })),
  emails: z.array(z.object({ label: z.string(), address: z.string(), primary: z.boolean() })),
});

export const SearchHitSchema = z.object({
  id: z.string(),
  kind: z.enum(customerKinds),
  name: z.string(),
  companyName: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  city: z.string().nullable(),
  /** Which stored key matched: name, pinyin, initials, phone, email or company. */
  matchedOn: z.enum(['name', 'pinyin', 'initials', 'phone', 'email', 'company', 'external_id']),
  /** The name split into plain and matched parts, for highlighting. */
  highlight: z.array(z.object({ text: z.string(), match: z.boolean() })),
});
export const SearchResultSchema = z.object({ data: z.array(SearchHitSchema) });
export const SearchQuerySchema = z
  .object({
    q: z.string().trim().min(1, { message: 'must not be empty' }).max(100),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

export const BulkActionSchema = z
  .object({
    ids: z.array(IdSchema).min(1).max(10_000).optional(),
    filter: z.unknown().optional().describe('filter tree; used when ids is absent'),
    q: z.string().trim().max(100).optional(),
    action: z.discriminatedUnion('type', [
      z.object({ type: z.literal('assign_owner'), ownerId: IdSchema }).strict(),
      z.object({ type: z.literal('add_tags'), tags: z.array(TagSchema).min(1).max(20) }).strict(),
      z.object({ type: z.literal('remove_tags'), tags: z.array(TagSchema).min(1).max(20) }).strict(),
      z.object({ type: z.literal('set_category'), category: shortText(60) }).strict(),
      z.object({ type: z.literal('delete') }).strict(),
      z.object({ type: z.literal('restore') }).strict(),
    ]),
  })
  .strict();
export type BulkAction = z.infer<typeof BulkActionSchema>;
export const BulkResultSchema = z.object({ affected: z.number() });

export const TimelineEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  at: TimestampSchema,
  actorName: z.string().nullable(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export const TimelinePageSchema = z.object({
  data: z.array(TimelineEventSchema),
  nextCursor: z.string().nullable(),
});
export const TimelineQuerySchema = z
  .object({
    types: z.string().max(200).optional().describe('comma list of event types'),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
  })
  .strict();

export const PicklistItemSchema = z.object({
  key: z.string(),
  label: z.string().nullable(),
  archived: z.boolean(),
});
export const PicklistsSchema = z.object({
  category: z.array(PicklistItemSchema),
  value_tier: z.array(PicklistItemSchema),
  lifecycle_stage: z.array(PicklistItemSchema),
  source: z.array(PicklistItemSchema),
});
export const PicklistUpdateSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            key: z
              .string()
              .trim()
              .min(1)
              .max(60)
              .regex(/^[^\s,]+$/, { message: 'must not contain spaces or commas' }),
            label: shortText(60).nullable().optional(),
            archived: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
