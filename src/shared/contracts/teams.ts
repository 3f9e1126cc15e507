import { z } from 'zod';
import { NameSchema, TimestampSchema, VersionSchema } from './common';

export const TeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.number(),
  createdAt: TimestampSchema,
  version: z.number(),
});
export type Team = z.infer<typeof TeamSchema>;
export const TeamListSchema = z.object({ data: z.array(TeamSchema) });
export const TeamCreateSchema = z.object({ name: NameSchema }).strict();
export const TeamUpdateSchema = z.object({ name: NameSchema, version: VersionSchema }).strict();
