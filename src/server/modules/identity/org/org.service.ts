import { AppError } from '../../../../shared/errors';
import type { OrgUpdate } from '../../../../shared/contracts/orgs';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';
import { findOrg, toOrg, updateOrgRow } from './org.queries';

export const createOrgService = (deps: Deps) => ({
  /** Returns the actor's organisation. */
  async getOrg(actor: Actor) {
    const row = await findOrg(deps.db, actor.orgId);
    if (!row) throw new AppError('NOT_FOUND', 'Organisation not found');
    return toOrg(row);
  },

  /** Throws CONFLICT when `version` is stale. */
  async updateOrg(actor: Actor, input: OrgUpdate) {
    return transact(deps, actor, async (tx, emit) => {
      const before = await findOrg(tx, actor.orgId);
      if (!before) throw new AppError('NOT_FOUND', 'Organisation not found');
      const { version, ...patch } = input;
      const after = await updateOrgRow(tx, actor.orgId, version, {
        name: patch.name,
        time_zone: patch.timeZone,
        currency: patch.currency,
        country: patch.country,
        language: patch.language,
      });
      if (!after) throw staleVersion('organisation', toOrg(before));
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'org',
        entityId: actor.orgId,
        before: toOrg(before),
        after: toOrg(after),
      });
      emit({ entityType: 'org', entityId: actor.orgId, action: 'update', permission: 'users.read' });
      return toOrg(after);
    });
  },
});

export type OrgService = ReturnType<typeof createOrgService>;
