import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/schema';

/** The `Idempotency-Key` request header, as routes declare it. */
export const idempotencyHeader = 'idempotency-key';

export type IdempotentResult<T> = { body: T; replayed: boolean };

const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
};

export const requestHash = (body: unknown) => createHash('sha256').update(stableJson(body)).digest('hex');

/**
 * Does `work` once per key, inside the caller's transaction `tx`. The key is claimed first: a
 * concurrent request with the same key waits on the claim, then finds the stored reply. A
 * retry with the same body gets that reply; another body under the same key is a CONFLICT.
 * Failures roll the claim back with the work, so a corrected retry is processed afresh.
 */
export const once = async <T>(
  tx: Kysely<DB>,
  claim: { orgId: string; scope: string; key: string | undefined; body: unknown },
  work: () => Promise<T>,
): Promise<IdempotentResult<T>> => {
  if (claim.key === undefined) return { body: await work(), replayed: false };
  const hash = requestHash(claim.body);
  const claimed = await tx
    .insertInto('idempotency_keys')
    .values({
      org_id: claim.orgId,
      scope: claim.scope,
      key: claim.key,
      request_hash: hash,
      status: 0,
      response: 'null',
    })
    .onConflict((oc) => oc.doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!claimed) {
    const stored = await tx
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('org_id', '=', claim.orgId)
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .executeTakeFirstOrThrow();
    if (stored.request_hash !== hash)
      throw new AppError(
        'CONFLICT',
        `Idempotency-Key "${claim.key}" was already used for a different request; use a new key for a new request.`,
      );
    return { body: stored.response as T, replayed: true };
  }
  const body = await work();
  await tx
    .updateTable('idempotency_keys')
    .set({ status: 200, response: JSON.stringify(body) })
    .where('org_id', '=', claim.orgId)
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .execute();
  return { body, replayed: false };
};
