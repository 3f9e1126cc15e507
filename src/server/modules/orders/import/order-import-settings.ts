import { z } from 'zod';
import { roles } from '../../../../shared/permissions';
import type { Actor } from '../../../platform/actor';

/** `imports.options` of an order import: who started it and the choices made. */
export const OrderImportSettingsSchema = z.object({
  delimiter: z.string().default(','),
  actor: z.object({
    type: z.enum(['user', 'api_key', 'system']),
    userId: z.string().nullable(),
    apiKeyId: z.string().nullable(),
    teamId: z.string().nullable(),
    role: z.enum(roles),
    name: z.string(),
  }),
  createCustomers: z.boolean().default(false),
  createProducts: z.boolean().default(false),
  channel: z.string().default('online_store'),
  loadGoodRowsOnly: z.boolean().default(false),
});
export type OrderImportSettings = z.infer<typeof OrderImportSettingsSchema>;

export const importActor = (orgId: string, settings: OrderImportSettings): Actor => ({
  ...settings.actor,
  orgId,
  requestId: null,
  ip: null,
});
