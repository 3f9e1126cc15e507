import type { Kysely } from 'kysely';
import { z } from 'zod';
import { importMatchKeys, importOnMatch } from '../../../../shared/contracts/imports';
import { roles } from '../../../../shared/permissions';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { toCustomRules } from '../custom-fields/custom-fields.queries';
import { loadWriteContext } from '../profile/write-context';
import type { ImportRow } from './import.queries';
import { picklistLookup } from './picklist-names';
import type { ImportColumn, RowContext, UserRef } from './row-mapper';

/** Who uploaded: the job acts for them later, with their role's visibility. */
const ActorSnapshotSchema = z.object({
  type: z.enum(['user', 'api_key', 'system']),
  userId: z.string().nullable(),
  apiKeyId: z.string().nullable(),
  teamId: z.string().nullable(),
  role: z.enum(roles),
  name: z.string(),
});

/** `imports.options`: the file's shape from the upload, the run's choices from the start. */
export const ImportSettingsSchema = z.object({
  delimiter: z.string().default(','),
  actor: ActorSnapshotSchema,
  matchBy: z.array(z.enum(importMatchKeys)).default(['externalId', 'phone', 'email']),
  onMatch: z.enum(importOnMatch).default('update'),
  loadGoodRowsOnly: z.boolean().default(false),
  started: z.boolean().default(false),
});
export type ImportSettings = z.infer<typeof ImportSettingsSchema>;

export const settingsOf = (row: Pick<ImportRow, 'options'>): ImportSettings =>
  ImportSettingsSchema.parse(row.options);

export const actorSnapshot = (actor: Actor): ImportSettings['actor'] => ({
  type: actor.type,
  userId: actor.userId,
  apiKeyId: actor.apiKeyId,
  teamId: actor.teamId,
  role: actor.role,
  name: actor.name,
});

export const actorOf = (orgId: string, settings: ImportSettings): Actor => ({
  ...settings.actor,
  orgId,
  requestId: null,
  ip: null,
});

/** Active users, findable by id, email or name (names only when no two people share one). */
export const loadUsers = async (db: Kysely<DB>, orgId: string): Promise<Map<string, UserRef>> => {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'team_id'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'active')
    .execute();
  const users = new Map<string, UserRef>();
  const nameCount = new Map<string, number>();
  for (const r of rows) nameCount.set(r.name.toLowerCase(), (nameCount.get(r.name.toLowerCase()) ?? 0) + 1);
  for (const r of rows) {
    const ref = { id: r.id, teamId: r.team_id };
    users.set(r.id, ref);
    users.set(r.email.toLowerCase(), ref);
    if (nameCount.get(r.name.toLowerCase()) === 1) users.set(r.name.toLowerCase(), ref);
  }
  return users;
};

/** Everything mapping and checking a row needs, loaded once per pass. */
export const loadRowContext = async (
  db: Kysely<DB>,
  orgId: string,
  headers: readonly string[],
  mapping: Record<string, string | null>,
): Promise<RowContext> => {
  const write = await loadWriteContext(db, orgId);
  const columns: ImportColumn[] = headers.flatMap((header, index) => {
    const field = mapping[header];
    return field ? [{ index, header, field }] : [];
  });
  return {
    write,
    rules: new Map(toCustomRules(write.customFields).map((r) => [r.key, r])),
    columns,
    users: await loadUsers(db, orgId),
    picklists: picklistLookup(write.picklists),
  };
};
