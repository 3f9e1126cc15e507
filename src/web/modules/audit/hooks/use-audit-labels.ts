import { useTranslation } from 'react-i18next';
import { RoleSchema } from '../../../../shared/contracts/auth';
import { LanguageSchema, ThemeSchema } from '../../../../shared/contracts/common';
import { JobStatusSchema } from '../../../../shared/contracts/jobs';
import { UserStatusSchema } from '../../../../shared/contracts/users';

/** Actions and record types Kehu writes today. The log may hold others; they show as their code. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'revoke',
  'retry',
  'accept-invitation',
  'change-password',
  'deactivate',
  'reactivate',
] as const;
export const auditEntityTypes = ['org', 'user', 'team', 'invitation', 'api_key', 'job'] as const;

/** Field names as the server records them: table columns (`team_id`) or API names (`teamId`). */
const auditFields = [
  'id',
  'name',
  'email',
  'role',
  'team_id',
  'teamId',
  'status',
  'time_zone',
  'timeZone',
  'currency',
  'language',
  'theme',
  'revoked',
  'expiresAt',
  'acceptedAt',
  'lastSignInAt',
] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Words for the codes in audit entries; anything unknown comes back as the code itself. */
export const useAuditLabels = () => {
  const { t } = useTranslation();

  const action = (code: string): string =>
    isOneOf(auditActions, code) ? t(`system.audit.actions.${code}`) : code;
  const entityType = (code: string): string =>
    isOneOf(auditEntityTypes, code) ? t(`system.audit.entityTypes.${code}`) : code;
  const field = (name: string): string =>
    isOneOf(auditFields, name) ? t(`system.audit.fields.${name}`) : name;

  /** A recorded value in words where its meaning is known, else undefined: show it as it is. */
  const value = (entity: string, name: string, recorded: unknown): string | undefined => {
    if (typeof recorded === 'boolean') return t(`system.audit.values.${recorded ? 'yes' : 'no'}`);
    if (name === 'role') {
      const role = RoleSchema.safeParse(recorded).data;
      return role && t(`common.roles.${role}.label`);
    }
    if (name === 'language') {
      const language = LanguageSchema.safeParse(recorded).data;
      return language && t(`common.languages.${language}`);
    }
    if (name === 'theme') {
      const theme = ThemeSchema.safeParse(recorded).data;
      return theme && t(`common.themes.${theme}`);
    }
    if (name === 'status' && entity === 'user') {
      const status = UserStatusSchema.safeParse(recorded).data;
      return status && t(`people.users.status.${status}`);
    }
    if (name === 'status' && entity === 'job') {
      const status = JobStatusSchema.safeParse(recorded).data;
      return status && t(`system.jobs.status.${status}`);
    }
    return undefined;
  };

  return { action, entityType, field, value };
};
