import { sql, type RawBuilder } from 'kysely';
import { roleGrants } from '../../../shared/permissions';
import type { Actor } from '../../platform/actor';

/**
 * Which customers an actor sees (T1): their role's scope — their own, their team's (plus their
 * own), or all. System actors see all. The condition reads the list query's alias `c`.
 */
export const visibleCustomers = (actor: Actor): RawBuilder<boolean> => {
  const scope = actor.type === 'system' ? 'all' : roleGrants[actor.role].scope;
  if (scope === 'all') return sql<boolean>`TRUE`;
  if (scope === 'team' && actor.teamId)
    return sql<boolean>`(c.team_id = ${actor.teamId} OR c.owner_id = ${actor.userId})`;
  return sql<boolean>`c.owner_id = ${actor.userId}`;
};

export const canSeeCustomer = (actor: Actor, row: { owner_id: string | null; team_id: string | null }) => {
  const scope = actor.type === 'system' ? 'all' : roleGrants[actor.role].scope;
  if (scope === 'all') return true;
  if (row.owner_id !== null && row.owner_id === actor.userId) return true;
  return scope === 'team' && actor.teamId !== null && row.team_id === actor.teamId;
};
