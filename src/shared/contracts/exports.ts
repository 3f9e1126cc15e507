import { z } from 'zod';
import { CustomerListQuerySchema } from './customers';

/** Customer export (C8): a selection of the customer table written as CSV or Excel. */
export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An export names at most this many customers by id; bigger selections use a filter. */
export const EXPORT_MAX_IDS = 1000;

/**
 * Columns an export can hold besides the table's fields: every phone, email and address
 * (joined), notes and the id.
 */
export const exportOnlyColumns = ['phones', 'emails', 'addresses', 'notes', 'id'] as const;

export const CustomerExportQuerySchema = CustomerListQuerySchema.omit({ cursor: true, limit: true })
  .extend({
    format: z.enum(exportFormats).default('csv'),
    columns: z
      .string()
      .max(4000)
      .regex(/^[a-z][a-z0-9_.]*(,[a-z][a-z0-9_.]*)*$/, {
        message: 'must be column keys separated by commas: name,city,phones',
      })
      .optional()
      .describe('comma list of column keys; absent means every column'),
    ids: z.string().max(40_000).optional().describe(`comma list of at most ${EXPORT_MAX_IDS} customer ids`),
    reveal: z
      .enum(['true', 'false'])
      .optional()
      .describe('true writes phones and emails in full when the role may reveal them (audited)'),
  })
  .strict();
export type CustomerExportQuery = z.infer<typeof CustomerExportQuerySchema>;
