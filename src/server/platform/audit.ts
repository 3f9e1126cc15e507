import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from './actor';
import { newId } from './ids';

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Fields never written to the audit log, whatever the entity. */
const secretFields = new Set(['password_hash', 'passwordHash', 'token_hash', 'key_hash', 'csrf_token']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions of a record (a missing side counts as null). */
export const diff = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Changes => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (['version', 'updated_at', 'updatedAt', 'created_at', 'createdAt'].includes(key)) continue;
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (same(from, to)) continue;
    changes[key] = secretFields.has(key) ? { from: '[secret]', to: '[secret]' } : { from, to };
  }
  return changes;
};

/**
 * Records one write in the audit log. Pass the transaction that makes the write so the
 * two commit or fail together.
 */
export const writeAudit = async (
  tx: Kysely<DB>,
  actor: Actor,
  entry: {
    action: string;
    entityType: string;
    entityId: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    changes?: Changes;
  },
): Promise<void> => {
  await tx
    .insertInto('audit_log')
    .values({
      org_id: actor.orgId,
      id: newId(),
      actor_type: actor.type,
      actor_id: actor.type === 'api_key' ? actor.apiKeyId : actor.userId,
      actor_name: actor.name,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      changes: JSON.stringify(entry.changes ?? diff(entry.before ?? null, entry.after ?? null)),
      request_id: actor.requestId,
      ip: actor.ip,
    })
    .execute();
};
