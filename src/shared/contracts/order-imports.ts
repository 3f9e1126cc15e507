import { z } from 'zod';
import { TimestampSchema } from './common';
import { importProblemFields } from './import-problems';
import { importStatuses } from './imports';

/** Order imports: one row per order line; lines of an order share its order id. */
export const orderImportFields = [
  'orderId',
  'orderedAt',
  'customerExternalId',
  'customerPhone',
  'customerEmail',
  'customerName',
  'sku',
  'productName',
  'quantity',
  'unitPrice',
  'discount',
  'channel',
  'status',
  'currency',
] as const;
export type OrderImportField = (typeof orderImportFields)[number];

export const OrderImportMappingSchema = z.record(z.string().max(200), z.enum(orderImportFields).nullable());
export type OrderImportMapping = z.infer<typeof OrderImportMappingSchema>;

export const OrderImportStartSchema = z
  .object({
    mapping: OrderImportMappingSchema,
    /** Check every row and report, writing nothing. */
    dryRun: z.boolean().default(false),
    /** Create customers the file names by an id Kehu does not know (name from the file, if mapped). */
    createCustomers: z.boolean().default(false),
    /** Create products for unknown SKUs (name from the file, list price from the first line). */
    createProducts: z.boolean().default(false),
    /** Channel for lines without one. */
    channel: z.string().trim().min(1).max(40).default('online_store'),
    /** Off: one bad row means nothing is loaded. On: bad rows are reported and the rest load. */
    loadGoodRowsOnly: z.boolean().default(false),
  })
  .strict();
export type OrderImportStart = z.infer<typeof OrderImportStartSchema>;

export const OrderImportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string().nullable()),
  status: z.enum(importStatuses),
  dryRun: z.boolean(),
  totalRows: z.number().nullable(),
  processedRows: z.number(),
  /** Orders created. */
  createdCount: z.number(),
  /** Returns applied as refunds. */
  updatedCount: z.number(),
  /** Orders already in Kehu (imported before). */
  skippedCount: z.number(),
  errorCount: z.number(),
  error: z.string().nullable(),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type OrderImport = z.infer<typeof OrderImportSchema>;

export const OrderImportUploadResultSchema = z.object({
  import: OrderImportSchema,
  preview: z.array(z.array(z.string())),
  suggestions: OrderImportMappingSchema,
});

/** An order import problem; `code` is one of `orderImportProblemCodes`. */
export const OrderImportProblemSchema = z.object(importProblemFields);
export type OrderImportProblem = z.infer<typeof OrderImportProblemSchema>;

export const OrderImportProblemListSchema = z.object({ data: z.array(OrderImportProblemSchema) });
