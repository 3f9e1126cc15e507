import { z } from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common';

export const AuditChangeSchema = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: TimestampSchema,
  actorType: z.enum(['user', 'api_key', 'system']),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: AuditChangeSchema,
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  entityType: z.string().max(50).optional(),
  entityId: IdSchema.optional(),
  actorId: IdSchema.optional(),
  action: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time' }).optional(),
}).strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = pageOf(AuditEntrySchema);
