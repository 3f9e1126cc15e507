import { z } from 'zod';
import { LanguageSchema, NameSchema, TimestampSchema, VersionSchema } from './common';

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as CNY or USD' });

/** ISO 3166 two-letter country; phone numbers without a country code are read in it. */
export const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO 3166 code such as CN or US' });

export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone such as Asia/Shanghai' },
  );

export const OrgSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  country: z.string(),
  language: LanguageSchema,
  version: z.number(),
  createdAt: TimestampSchema,
});
export type Org = z.infer<typeof OrgSchema>;

export const OrgUpdateSchema = z
  .object({
    name: NameSchema.optional(),
    timeZone: TimeZoneSchema.optional(),
    currency: CurrencySchema.optional(),
    country: CountrySchema.optional(),
    language: LanguageSchema.optional(),
    version: VersionSchema,
  })
  .strict();
export type OrgUpdate = z.infer<typeof OrgUpdateSchema>;
