import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { ApiKey } from '../../../../shared/contracts/api-keys';
import { assignableRoles, type Role } from '../../../../shared/permissions';
import type { ApiKeysTable, DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { hashSecret, newId, newSecret } from '../../../platform/ids';
import { iso, isoOrNull } from '../../../platform/time';
import { transact } from '../../../platform/transaction';

const toApiKey = (row: Selectable<ApiKeysTable>): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  role: row.role as Role,
  createdAt: iso(row.created_at),
  lastUsedAt: isoOrNull(row.last_used_at),
  revokedAt: isoOrNull(row.revoked_at),
});

const listKeyRows = (db: Kysely<DB>, orgId: string) =>
  db.selectFrom('api_keys').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').execute();

export const createApiKeysService = (deps: Deps) => ({
  async listApiKeys(actor: Actor) {
    return { data: (await listKeyRows(deps.db, actor.orgId)).map(toApiKey) };
  },

  /** The secret is returned once; only its SHA-256 is kept. */
  async createApiKey(actor: Actor, input: { name: string; role: Role }) {
    if (!assignableRoles(actor.role).includes(input.role))
      throw new AppError('FORBIDDEN', `Your role cannot create a key with role ${input.role}.`);
    if (!actor.userId) throw new AppError('FORBIDDEN', 'API keys are created by a person.');
    const prefix = newSecret(6).replace(/[-_]/g, 'x').slice(0, 8);
    const secret = `kehu_${prefix}_${newSecret(32)}`;
    return transact(deps, actor, async (tx, emit) => {
      const row = await tx
        .insertInto('api_keys')
        .values({
          org_id: actor.orgId,
          id: newId(),
          name: input.name,
          prefix: `kehu_${prefix}`,
          key_hash: hashSecret(secret),
          role: input.role,
          created_by: actor.userId!,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'api_key',
        entityId: row.id,
        after: { name: row.name, role: row.role },
      });
      emit({ entityType: 'api-keys', entityId: row.id, action: 'create', permission: 'apikeys.manage' });
      return { apiKey: toApiKey(row), secret };
    });
  },

  async revokeApiKey(actor: Actor, id: string) {
    await transact(deps, actor, async (tx, emit) => {
      const row = await tx
        .updateTable('api_keys')
        .set({ revoked_at: new Date() })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `Active API key ${id} not found`);
      await writeAudit(tx, actor, {
        action: 'revoke',
        entityType: 'api_key',
        entityId: id,
        changes: { revoked: { from: false, to: true } },
      });
      emit({ entityType: 'api-keys', entityId: id, action: 'update', permission: 'apikeys.manage' });
    });
  },
});

export type ApiKeysService = ReturnType<typeof createApiKeysService>;
