import { z } from 'zod';
import { EmailSchema, IdSchema, NameSchema, PasswordSchema, TimestampSchema, VersionSchema } from './common';
import { RoleSchema } from './auth';

export const UserStatusSchema = z.enum(['active', 'deactivated']);

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  teamId: z.string().nullable(),
  status: UserStatusSchema,
  lastSignInAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  version: z.number(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = z.object({ data: z.array(UserSchema) });

export const UserUpdateSchema = z
  .object({
    name: NameSchema.optional(),
    role: RoleSchema.optional(),
    teamId: IdSchema.nullable().optional(),
    version: VersionSchema,
  })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const InvitationCreateSchema = z
  .object({ email: EmailSchema, role: RoleSchema, teamId: IdSchema.nullable().optional() })
  .strict();
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  teamId: z.string().nullable(),
  expiresAt: TimestampSchema,
  acceptedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** The link is shown once, when the invitation is made; only its hash is stored. */
export const InvitationCreatedSchema = z.object({
  invitation: InvitationSchema,
  link: z.string(),
  emailed: z.boolean(),
});
export const InvitationListSchema = z.object({ data: z.array(InvitationSchema) });

export const InvitationTokenParamsSchema = z.object({ token: z.string().min(20).max(100) }).strict();
export const InvitationPreviewSchema = z.object({ email: z.string(), orgName: z.string(), role: RoleSchema });
export const InvitationAcceptSchema = z.object({ name: NameSchema, password: PasswordSchema }).strict();
