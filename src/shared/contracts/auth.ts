import { z } from 'zod';
import { permissions, roles } from '../permissions';
import { EmailSchema, LanguageSchema, NameSchema, PasswordSchema, ThemeSchema } from './common';
import { CurrencySchema, OrgSchema, TimeZoneSchema } from './orgs';

export const RoleSchema = z.enum(roles);
export const PermissionSchema = z.enum(permissions);

export const SetupStatusSchema = z.object({ needsSetup: z.boolean() });

export const SetupSchema = z
  .object({
    orgName: NameSchema,
    timeZone: TimeZoneSchema,
    currency: CurrencySchema,
    language: LanguageSchema,
    name: NameSchema,
    email: EmailSchema,
    password: PasswordSchema,
  })
  .strict();
export type Setup = z.infer<typeof SetupSchema>;

export const SignInSchema = z
  .object({ email: EmailSchema, password: z.string().min(1, { message: 'must not be empty' }).max(200) })
  .strict();
export type SignIn = z.infer<typeof SignInSchema>;

export const MeUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  teamId: z.string().nullable(),
  language: LanguageSchema.nullable(),
  theme: ThemeSchema,
});

export const MeSchema = z.object({
  user: MeUserSchema,
  org: OrgSchema,
  permissions: z.array(PermissionSchema),
  /** Send back as the X-CSRF-Token header on every write made with the session cookie. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

export const MeUpdateSchema = z
  .object({ name: NameSchema.optional(), language: LanguageSchema.optional(), theme: ThemeSchema.optional() })
  .strict();
export type MeUpdate = z.infer<typeof MeUpdateSchema>;

export const PasswordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .strict();
