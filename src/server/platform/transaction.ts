import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from './actor';
import type { BusEvent, EventBus } from './events';
import type { Permission } from '../../shared/permissions';

export type Emit = (event: {
  entityType: string;
  entityId: string | null;
  action: string;
  permission: Permission;
}) => void;

/**
 * Runs `work` in one transaction; change events it emits are published only after the commit,
 * so no client hears of a change that was rolled back.
 */
export const transact = async <T>(
  deps: { db: Kysely<DB>; events: EventBus },
  actor: Actor,
  work: (tx: Transaction<DB>, emit: Emit) => Promise<T>,
): Promise<T> => {
  const pending: BusEvent[] = [];
  const emit: Emit = (e) =>
    pending.push({ ...e, orgId: actor.orgId, actorId: actor.userId, at: new Date().toISOString() });
  const result = await deps.db.transaction().execute((tx) => work(tx, emit));
  if (pending.length > 0) await deps.events.publish(pending).catch(() => undefined);
  return result;
};
