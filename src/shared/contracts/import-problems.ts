import { z } from 'zod';
import { LanguageSchema } from './common';

/**
 * Why an import refused a row, as a stable code the web turns into a sentence in the user's
 * language; `params` fill in that sentence. The English `reason` stays beside them for the API,
 * the CLI and problems recorded before codes existed (those have no code).
 *
 * Customer imports: `params.field` names the import field (`phones`, `custom.level`) when the
 * problem concerns one.
 */
export const customerImportProblemCodes = [
  'required',
  'name_required',
  'too_long',
  'too_many',
  'formula',
  'bad_date',
  'impossible_date',
  'future_date',
  'bad_gender',
  'bad_boolean',
  'bad_number',
  'bad_money',
  'too_large',
  'bad_kind',
  'unknown_user',
  'bad_phone',
  'bad_email',
  'unknown_option',
  'external_id_taken',
  'hidden_match',
  'invalid',
] as const;
export type CustomerImportProblemCode = (typeof customerImportProblemCodes)[number];

/** False for null (a problem recorded before codes existed) and for codes this version does not know. */
export const isCustomerImportProblemCode = (code: string | null): code is CustomerImportProblemCode =>
  (customerImportProblemCodes as readonly (string | null)[]).includes(code);

/** Order imports: the problem's column already names the field, so the codes say which check failed. */
export const orderImportProblemCodes = [
  'order_id_missing',
  'order_id_too_long',
  'bad_time',
  'no_customer_ref',
  'sku_missing',
  'bad_sku',
  'bad_status',
  'bad_quantity',
  'negative_quantity',
  'bad_price',
  'bad_discount',
  'bad_currency',
  'order_split',
  'unknown_channel',
  'lines_differ',
  'wrong_currency',
  'mixed_return',
  'unknown_product',
  'customer_needs_id',
  'unknown_customer',
  'return_unmatched',
] as const;
export type OrderImportProblemCode = (typeof orderImportProblemCodes)[number];

export type ImportProblemCode = CustomerImportProblemCode | OrderImportProblemCode;

export const ImportProblemParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ImportProblemParams = z.infer<typeof ImportProblemParamsSchema>;

/** What every stored problem shares, customer or order import. */
export const importProblemFields = {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  line: z.number(),
  column: z.string().nullable(),
  /** The problem in English. */
  reason: z.string(),
  value: z.string().nullable(),
  /** One of the codes above; null for problems recorded before codes existed. */
  code: z.string().nullable(),
  params: ImportProblemParamsSchema,
};

/** The customer import's problem report: `lang` picks the language of its headings and reasons. */
export const ImportProblemsCsvQuerySchema = z
  .object({
    lang: LanguageSchema.optional().describe("The report's language; by default the user's, else English."),
  })
  .strict();
