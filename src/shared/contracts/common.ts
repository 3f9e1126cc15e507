import { z } from 'zod';

export const IdSchema = z.uuid({ message: 'must be an id (UUID)' });
export const IdParamsSchema = z.object({ id: IdSchema }).strict();
/** Optimistic-concurrency version; stored as a 32-bit `int`, so larger numbers are refused here. */
export const VersionSchema = z.number().int().min(1).max(2_147_483_647);
export const TimestampSchema = z.string().describe('ISO 8601 time');

export const LanguageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const ThemeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof ThemeSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const PageQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

/** A person's password: long enough to resist guessing; common passwords are refused by the server. */
export const PasswordSchema = z
  .string()
  .min(10, { message: 'must be at least 10 characters' })
  .max(200, { message: 'must be at most 200 characters' });

export const EmailSchema = z
  .email({ message: 'must be an email address' })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const NameSchema = z.string().trim().min(1, { message: 'must not be empty' }).max(100);
