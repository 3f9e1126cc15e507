import { z } from 'zod';
import { TimestampSchema, VersionSchema } from './common';

/** Custom customer fields an admin defines; their values live in `customer.custom[key]`. */
export const customFieldTypes = [
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'select',
  'multi_select',
  'boolean',
  'user',
] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export const CustomFieldSchema = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  type: z.enum(customFieldTypes),
  options: z.array(z.string()),
  required: z.boolean(),
  position: z.number(),
  archived: z.boolean(),
  version: z.number(),
  createdAt: TimestampSchema,
});
export type CustomField = z.infer<typeof CustomFieldSchema>;
export const CustomFieldListSchema = z.object({ data: z.array(CustomFieldSchema) });

const Options = z.array(z.string().trim().min(1).max(60)).max(200);

export const CustomFieldCreateSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, {
      message: 'must start with a letter and use a–z, 0–9 and _ (at most 40)',
    }),
    label: z.string().trim().min(1).max(60),
    type: z.enum(customFieldTypes),
    options: Options.default([]),
    required: z.boolean().default(false),
  })
  .strict();
export type CustomFieldCreate = z.infer<typeof CustomFieldCreateSchema>;

export const CustomFieldUpdateSchema = z
  .object({
    label: z.string().trim().min(1).max(60).optional(),
    options: Options.optional(),
    required: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    archived: z.boolean().optional(),
    version: VersionSchema,
  })
  .strict();
export type CustomFieldUpdate = z.infer<typeof CustomFieldUpdateSchema>;
