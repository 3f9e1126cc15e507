import { z } from 'zod';
import { NameSchema, TimestampSchema } from './common';
import { RoleSchema } from './auth';

export const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  role: RoleSchema,
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;
export const ApiKeyListSchema = z.object({ data: z.array(ApiKeySchema) });
export const ApiKeyCreateSchema = z.object({ name: NameSchema, role: RoleSchema }).strict();
/** `secret` is shown once and never again; the server keeps only its hash. */
export const ApiKeyCreatedSchema = z.object({ apiKey: ApiKeySchema, secret: z.string() });
