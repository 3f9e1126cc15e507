import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { importProblemFields } from './import-problems';

/** Customer import (C8): upload a CSV or Excel file, map its columns, check it, load it. */

/** The customer fields a column can fill; custom fields are `custom.<key>`. */
export const importFieldKeys = [
  'name',
  'kind',
  'phones',
  'emails',
  'company',
  'title',
  'gender',
  'birthday',
  'province',
  'city',
  'district',
  'line1',
  'line2',
  'postcode',
  'source',
  'category',
  'valueTier',
  'lifecycleStage',
  'owner',
  'tags',
  'notes',
  'externalId',
] as const;
export type ImportFieldKey = (typeof importFieldKeys)[number];

/** Fields several columns may fill at once (two phone columns add two phones). */
export const multiColumnFields: readonly string[] = ['phones', 'emails', 'tags'];

export const ImportTargetSchema = z
  .string()
  .max(60)
  .refine(
    (v) => (importFieldKeys as readonly string[]).includes(v) || /^custom\.[a-z][a-z0-9_]{0,39}$/.test(v),
    {
      message: 'must be a customer field such as name, phones or custom.<key>',
    },
  );

/** Header → field, or null to leave the column out. */
export const ImportMappingSchema = z.record(z.string().max(200), ImportTargetSchema.nullable());
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

export const importMatchKeys = ['externalId', 'phone', 'email'] as const;
export type ImportMatchKey = (typeof importMatchKeys)[number];
export const importOnMatch = ['update', 'skip', 'create'] as const;
export type ImportOnMatch = (typeof importOnMatch)[number];

export const importStatuses = [
  'uploaded',
  'queued',
  'validating',
  'loading',
  'done',
  'failed_validation',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const ImportUploadQuerySchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1, { message: 'must name the file' })
      .max(255)
      .regex(/\.(csv|txt|xlsx)$/i, { message: 'must end in .csv, .txt or .xlsx' }),
  })
  .strict();

export const ImportStartSchema = z
  .object({
    mapping: ImportMappingSchema,
    /** Check every row and report what would happen, writing no customer. */
    dryRun: z.boolean().default(false),
    /** Tried in this order; the first key that finds a customer decides the match. */
    matchBy: z
      .array(z.enum(importMatchKeys))
      .max(3)
      .refine((keys) => new Set(keys).size === keys.length, { message: 'must not repeat a key' })
      .default(['externalId', 'phone', 'email']),
    onMatch: z.enum(importOnMatch).default('update'),
    /** Off: one bad row means nothing is loaded. On: bad rows are reported and the rest load. */
    loadGoodRowsOnly: z.boolean().default(false),
    saveTemplateAs: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type ImportStart = z.infer<typeof ImportStartSchema>;

export const ImportOptionsSchema = z.object({
  matchBy: z.array(z.enum(importMatchKeys)),
  onMatch: z.enum(importOnMatch),
  loadGoodRowsOnly: z.boolean(),
});

export const ImportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  byteSize: z.number(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string().nullable()),
  options: ImportOptionsSchema.nullable(),
  status: z.enum(importStatuses),
  dryRun: z.boolean(),
  /** Estimated from the file until a pass has read every row. */
  totalRows: z.number().nullable(),
  processedRows: z.number(),
  createdCount: z.number(),
  updatedCount: z.number(),
  skippedCount: z.number(),
  /** Rows with at least one problem. */
  errorCount: z.number(),
  error: z.string().nullable(),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type Import = z.infer<typeof ImportSchema>;

export const ImportFieldOptionSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** For custom fields: their type; built-in fields: null. */
  type: z.string().nullable(),
  required: z.boolean(),
});
export type ImportFieldOption = z.infer<typeof ImportFieldOptionSchema>;

export const ImportUploadResultSchema = z.object({
  import: ImportSchema,
  preview: z.array(z.array(z.string())),
  suggestions: z.record(z.string(), z.string().nullable()),
  template: z.object({ id: z.string(), name: z.string() }).nullable(),
  fields: z.array(ImportFieldOptionSchema),
});
export type ImportUploadResult = z.infer<typeof ImportUploadResultSchema>;

export const ImportDetailSchema = ImportSchema.extend({
  preview: z.array(z.array(z.string())),
  fields: z.array(ImportFieldOptionSchema),
});
export type ImportDetail = z.infer<typeof ImportDetailSchema>;

export const ImportListSchema = z.object({ data: z.array(ImportSchema) });

/** A customer import problem; `code` is one of `customerImportProblemCodes`. */
export const ImportProblemSchema = z.object(importProblemFields);
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportProblemQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();

export const ImportProblemPageSchema = z.object({
  data: z.array(ImportProblemSchema),
  nextCursor: z.string().nullable(),
});

export const ImportTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  mapping: z.record(z.string(), z.string().nullable()),
  createdAt: TimestampSchema,
});
export type ImportTemplate = z.infer<typeof ImportTemplateSchema>;
export const ImportTemplateListSchema = z.object({ data: z.array(ImportTemplateSchema) });

export const ImportTemplateCreateSchema = z
  .object({ name: z.string().trim().min(1).max(60), mapping: ImportMappingSchema })
  .strict();

export const ImportIdParamsSchema = z.object({ id: IdSchema }).strict();
