import { z } from 'zod';
import { IdSchema, LanguageSchema, TimestampSchema, VersionSchema } from './common';
import { TagSchema } from './customers';

/** Public lead forms (C8): an admin builds them, anyone with the link fills them in. */

export const webFormBuiltinFields = ['name', 'phone', 'email', 'company', 'title', 'city', 'notes'] as const;
export type WebFormBuiltinField = (typeof webFormBuiltinFields)[number];

/** `name`, `phone` … or `custom.<key>` of a custom field. */
export const WebFormFieldKeySchema = z
  .string()
  .regex(/^(name|phone|email|company|title|city|notes|custom\.[a-z][a-z0-9_]{0,39})$/, {
    message: 'must be name, phone, email, company, title, city, notes or custom.<key>',
  });

export const WebFormFieldSchema = z
  .object({
    field: WebFormFieldKeySchema,
    label: z.string().trim().min(1, { message: 'must not be empty' }).max(100),
    required: z.boolean().default(false),
  })
  .strict();
export type WebFormField = z.infer<typeof WebFormFieldSchema>;

const FormName = z.string().trim().min(1, { message: 'must not be empty' }).max(100);
const LongText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .nullable()
    .optional();

const formFields = {
  name: FormName,
  fields: z
    .array(WebFormFieldSchema)
    .min(1, { message: 'must have at least the name field' })
    .max(20, { message: 'must have at most 20 fields' }),
  consentText: LongText(2000),
  thankYou: LongText(2000),
  ownerId: IdSchema.nullable().optional(),
  source: z.string().trim().max(60).nullable().optional(),
  tags: z.array(TagSchema).max(20).optional(),
  active: z.boolean().optional(),
};

export const WebFormCreateSchema = z.object(formFields).strict();
export type WebFormCreate = z.infer<typeof WebFormCreateSchema>;

export const WebFormUpdateSchema = z
  .object({
    ...formFields,
    name: FormName.optional(),
    fields: formFields.fields.optional(),
    version: VersionSchema,
  })
  .strict();
export type WebFormUpdate = z.infer<typeof WebFormUpdateSchema>;

export const WebFormSchema = z.object({
  id: z.string(),
  publicId: z.string(),
  name: z.string(),
  fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
  consentText: z.string().nullable(),
  thankYou: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  active: z.boolean(),
  submissionCount: z.number(),
  /** Where visitors fill the form in. */
  link: z.string(),
  /** An <iframe> to paste into a web page. */
  embedSnippet: z.string(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type WebForm = z.infer<typeof WebFormSchema>;
export const WebFormListSchema = z.object({ data: z.array(WebFormSchema) });

/** How the public page draws a field. */
export const webFormInputs = [
  'text',
  'textarea',
  'tel',
  'email',
  'number',
  'date',
  'select',
  'multi_select',
  'boolean',
] as const;

export const PublicWebFormSchema = z.object({
  publicId: z.string(),
  name: z.string(),
  fields: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      required: z.boolean(),
      input: z.enum(webFormInputs),
      options: z.array(z.string()),
    }),
  ),
  consentText: z.string().nullable(),
  /** The organisation's language, which the labels are written in. */
  language: LanguageSchema,
});
export type PublicWebForm = z.infer<typeof PublicWebFormSchema>;

export const PublicIdParamsSchema = z
  .object({
    publicId: z.string().regex(/^[A-Za-z0-9_-]{12,64}$/, { message: 'must be the id from a form link' }),
  })
  .strict();

const FieldValue = z.union([
  z.string().max(10_000, { message: 'must be at most 10000 characters' }),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(100),
]);

export const PublicSubmissionSchema = z
  .object({
    /** Field key → what the visitor entered. */
    values: z.record(z.string().max(60), FieldValue),
    consent: z.boolean().optional(),
    /** The honeypot: people never see it, so anything in it marks a bot. */
    website: z.string().max(1000).optional(),
    /** Client-generated (a UUID); the same key again is answered without a second customer. Also accepted as the Idempotency-Key header. */
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'must be 8–100 letters, digits, - or _ (a UUID)' })
      .optional(),
  })
  .strict();
export type PublicSubmission = z.infer<typeof PublicSubmissionSchema>;

export const PublicSubmissionResultSchema = z.object({
  status: z.literal('received'),
  thankYou: z.string().nullable(),
});
export type PublicSubmissionResult = z.infer<typeof PublicSubmissionResultSchema>;
