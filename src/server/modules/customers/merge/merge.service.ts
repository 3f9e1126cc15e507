import type { Transaction } from 'kysely';
import type { MergeInput, MergeResult } from '../../../../shared/contracts/duplicates';
import { AppError } from '../../../../shared/errors';
import { can } from '../../../../shared/permissions';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { diff, writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';
import { profileOf, toCustomer } from '../customer-record';
import {
  customerNameOf,
  findCustomerRow,
  storedColumns,
  updateCustomerColumns,
  type CustomerRow,
} from '../customers.queries';
import { auditView, getVisibleRow } from '../customers.service';
import { searchColumns, type ProfileColumns } from '../profile/customer-profile';
import { loadWriteContext, referenceIssues } from '../profile/write-context';
import { addTimelineEvents, moveTimeline } from '../timeline/timeline';
import { checkMergeInput, referencePaths } from './merge-input';
import {
  combineRollups,
  lockCustomers,
  markMerged,
  moveEmployees,
  moveFormSubmissions,
} from './merge.queries';
import { choiceIssues, mergeProfiles } from './merge-values';
import { refreshCompanySearch } from './refresh-employees';

/**
 * A later module's part of a merge: move its own records (orders, activities …) from the merged
 * customers to the survivor. Runs inside the merge's transaction; throwing rolls it all back.
 */
export type MergeStep = (
  tx: Transaction<DB>,
  actor: Actor,
  merge: { survivorId: string; mergedIds: string[] },
) => Promise<void>;

const invalid = (message: string, issues: { path: string; message: string }[]) =>
  new AppError('INVALID_INPUT', message, { issues });

/** Checks the survivor may point at the references the merge gives it; unchanged ones stay as they are. */
const changedReferenceIssues = async (
  tx: Transaction<DB>,
  actor: Actor,
  before: ProfileColumns,
  after: ProfileColumns,
  survivorId: string,
) => {
  const probe = {
    ...after,
    owner_id: after.owner_id !== before.owner_id ? after.owner_id : null,
    team_id: after.team_id !== before.team_id ? after.team_id : null,
    company_id: after.company_id !== before.company_id ? after.company_id : null,
  };
  return (await referenceIssues(tx, actor, probe, survivorId)).map((i) => ({
    path: `body.fields.${referencePaths[i.path] ?? i.path}`,
    message: i.message,
  }));
};

export const createMergeService = (deps: Deps) => {
  const steps: MergeStep[] = [];
  return {
    /** Adds a step every later merge runs, after the customers' own records have moved. */
    registerMergeStep(step: MergeStep) {
      steps.push(step);
    },

    /**
     * Merges customers into a survivor in one transaction (C7). Throws FORBIDDEN without
     * customers.delete, NOT_FOUND when any customer is not visible or live, CONFLICT (changing
     * nothing) when a version is stale, INVALID_INPUT for a bad choice or a self-merge.
     */
    async mergeCustomers(actor: Actor, input: MergeInput): Promise<MergeResult> {
      if (!can(actor.role, 'customers.delete'))
        throw new AppError(
          'FORBIDDEN',
          `Your role (${actor.role}) does not allow this (needs customers.delete).`,
        );
      const { survivorId, mergedIds, choices, versions } = checkMergeInput(input);
      const all = [survivorId, ...mergedIds];
      return transact(deps, actor, async (tx, emit) => {
        await lockCustomers(tx, actor.orgId, all);
        const rows = new Map<string, CustomerRow>();
        for (const id of all) rows.set(id, await getVisibleRow(tx, actor, id));
        const survivor = rows.get(survivorId)!;
        if (new Set([...rows.values()].map((r) => r.kind)).size > 1)
          throw invalid(
            'A person and a company cannot be merged; merge people with people, companies with companies.',
            [{ path: 'body.mergedIds', message: 'must be customers of the same kind as the survivor' }],
          );
        for (const row of rows.values())
          if (row.version !== versions[row.id]) throw staleVersion('customer', toCustomer(row));

        const context = await loadWriteContext(tx, actor.orgId);
        const customKeys = context.customFields.filter((f) => !f.archived_at).map((f) => f.key);
        const issues = choiceIssues(choices, all, customKeys);
        if (issues.length)
          throw invalid(
            `The merge cannot be done: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
            issues,
          );

        const before = profileOf(survivor);
        const profile = mergeProfiles(
          { id: survivorId, profile: before },
          mergedIds.map((id) => ({ id, profile: profileOf(rows.get(id)!) })),
          choices,
          customKeys,
        );
        // A company chosen from among the parties would point at itself or at a merged row.
        if (profile.company_id && all.includes(profile.company_id)) profile.company_id = null;
        const refIssues = await changedReferenceIssues(tx, actor, before, profile, survivorId);
        if (refIssues.length)
          throw invalid(
            `The merge cannot be done: ${refIssues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
            refIssues,
          );

        await markMerged(tx, actor.orgId, mergedIds, survivorId);
        const companyName = (await customerNameOf(tx, actor.orgId, profile.company_id))?.name ?? null;
        const stored = storedColumns(profile, searchColumns(profile, companyName));
        if (!(await updateCustomerColumns(tx, actor.orgId, survivorId, survivor.version, stored)))
          throw staleVersion('customer', toCustomer(survivor));
        const moved = await moveEmployees(tx, actor.orgId, mergedIds, survivorId);
        if (survivor.kind === 'company' && (moved.length > 0 || profile.name !== before.name))
          await refreshCompanySearch(tx, actor.orgId, survivorId, profile.name);
        await combineRollups(tx, actor.orgId, survivorId, mergedIds);
        await moveTimeline(tx, actor.orgId, mergedIds, survivorId);
        await moveFormSubmissions(tx, actor.orgId, mergedIds, survivorId);
        for (const step of steps) await step(tx, actor, { survivorId, mergedIds });

        const mergedNames = mergedIds.map((id) => rows.get(id)!.name);
        await writeAudit(tx, actor, {
          action: 'merge',
          entityType: 'customer',
          entityId: survivorId,
          changes: {
            ...diff(auditView(before), auditView(profile)),
            mergedIds: { from: null, to: mergedIds },
            chosenFields: { from: null, to: choices },
          },
        });
        for (const id of mergedIds)
          await writeAudit(tx, actor, {
            action: 'merge',
            entityType: 'customer',
            entityId: id,
            changes: {
              mergedInto: { from: null, to: survivorId },
              profile: { from: auditView(profileOf(rows.get(id)!)), to: null },
            },
          });
        await addTimelineEvents(tx, actor, [
          {
            customerId: survivorId,
            type: 'customer.merged',
            summary: mergedNames.join(', '),
            data: { mergedIds, mergedNames, fields: choices },
          },
        ]);
        emit({
          entityType: 'customers',
          entityId: survivorId,
          action: 'update',
          permission: 'customers.read',
        });
        for (const id of mergedIds)
          emit({ entityType: 'customers', entityId: id, action: 'merge', permission: 'customers.read' });
        return {
          customer: toCustomer((await findCustomerRow(tx, actor.orgId, survivorId))!),
          mergedIds,
        };
      });
    },
  };
};

export type MergeService = ReturnType<typeof createMergeService>;
