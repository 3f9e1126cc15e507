import { z } from 'zod';

/** What the server pushes over /api/v1/events: something changed; clients refetch what they show. */
export const ChangeEventSchema = z.object({
  entityType: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  actorId: z.string().nullable(),
  at: z.string(),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;
