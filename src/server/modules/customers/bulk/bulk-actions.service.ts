import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { BulkAction } from '../../../../shared/contracts/customers';
import { can } from '../../../../shared/permissions';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import { selectionConditions } from '../customer-list.service';
import { customerSelect } from '../customers.queries';
import { loadPicklists, picklistIssues } from '../picklists/picklists.service';
import { referenceIssues } from '../profile/write-context';

/** Bulk actions change at most this many customers at once; narrow the selection for more. */
export const BULK_LIMIT = 50_000;

type Target = {
  id: string;
  owner_id: string | null;
  team_id: string | null;
  tags: string[];
  category: string | null;
};

const setFor = (action: BulkAction['action'], t: Target, ownerTeam: string | null) => {
  switch (action.type) {
    case 'assign_owner':
      return {
        before: { ownerId: t.owner_id, teamId: t.team_id },
        after: { ownerId: action.ownerId, teamId: ownerTeam },
      };
    case 'add_tags':
      return { before: { tags: t.tags }, after: { tags: [...new Set([...t.tags, ...action.tags])] } };
    case 'remove_tags':
      return { before: { tags: t.tags }, after: { tags: t.tags.filter((x) => !action.tags.includes(x)) } };
    case 'set_category':
      return { before: { category: t.category }, after: { category: action.category } };
    case 'delete':
      return { before: { deletedAt: null }, after: { deletedAt: 'now' } };
    case 'restore':
      return { before: { deletedAt: 'binned' }, after: { deletedAt: null } };
  }
};

/** The same change for every selected row, as SQL so one statement covers thousands. */
const columnsFor = (action: BulkAction['action'], ownerTeam: string | null) => {
  switch (action.type) {
    case 'assign_owner':
      return { owner_id: action.ownerId, team_id: ownerTeam };
    case 'add_tags':
      return {
        tags: sql<
          string[]
        >`tags || ARRAY(SELECT x FROM unnest(${action.tags}::text[]) x WHERE NOT x = ANY(tags))`,
      };
    case 'remove_tags':
      return {
        tags: sql<string[]>`ARRAY(SELECT x FROM unnest(tags) x WHERE NOT x = ANY(${action.tags}::text[]))`,
      };
    case 'set_category':
      return { category: action.category };
    case 'delete':
      return { deleted_at: sql<Date>`now()` };
    case 'restore':
      return { deleted_at: null };
  }
};

const checkAction = async (db: Kysely<DB>, actor: Actor, action: BulkAction['action']) => {
  const needs =
    action.type === 'delete' || action.type === 'restore' ? 'customers.delete' : 'customers.write';
  if (!can(actor.role, needs))
    throw new AppError('FORBIDDEN', `Your role cannot ${action.type.replace('_', ' ')} customers.`);
  if (action.type === 'set_category') {
    const issues = picklistIssues(await loadPicklists(db, actor.orgId), { category: action.category });
    if (issues.length)
      throw new AppError('INVALID_INPUT', `category ${issues[0]!.message}`, {
        issues: [{ path: 'body.action.category', message: issues[0]!.message }],
      });
  }
  if (action.type === 'assign_owner') {
    const issues = await referenceIssues(
      db,
      actor,
      { owner_id: action.ownerId, team_id: null, company_id: null } as never,
      null,
    );
    if (issues.length)
      throw new AppError('INVALID_INPUT', `ownerId ${issues[0]!.message}`, {
        issues: [{ path: 'body.action.ownerId', message: issues[0]!.message }],
      });
    const owner = await db
      .selectFrom('users')
      .select('team_id')
      .where('org_id', '=', actor.orgId)
      .where('id', '=', action.ownerId)
      .executeTakeFirst();
    return owner?.team_id ?? null;
  }
  return null;
};

/**
 * Applies one action to every customer in a selection (ids, or a filter and search), each
 * change versioned, audited and put on the customer's timeline, all in one transaction.
 */
export const createBulkActionsService = (deps: Deps) => ({
  async applyBulkAction(actor: Actor, input: BulkAction) {
    if (!input.ids && input.filter === undefined && !input.q)
      throw new AppError('INVALID_INPUT', 'Choose customers: send ids, or a filter or search.', {
        issues: [{ path: 'body.ids', message: 'required when there is no filter or q' }],
      });
    return transact(deps, actor, async (tx, emit) => {
      const ownerTeam = await checkAction(tx, actor, input.action);
      const where = await selectionConditions(tx, actor, {
        ids: input.ids,
        filter: input.filter,
        q: input.q,
        deleted: input.action.type === 'restore',
      });
      const targets = (await customerSelect(tx, actor.orgId)
        .clearSelect()
        .select(['c.id', 'c.owner_id', 'c.team_id', 'c.tags', 'c.category'])
        .where(sql<boolean>`${sql.join(where, sql` AND `)}`)
        .limit(BULK_LIMIT + 1)
        .execute()) as Target[];
      if (targets.length > BULK_LIMIT)
        throw new AppError(
          'INVALID_INPUT',
          `A bulk action changes at most ${BULK_LIMIT} customers; narrow the selection.`,
          {
            issues: [{ path: 'body.filter', message: `selects more than ${BULK_LIMIT} customers` }],
          },
        );
      for (let i = 0; i < targets.length; i += 5000) {
        await tx
          .updateTable('customers')
          .set({ ...columnsFor(input.action, ownerTeam), version: sql`version + 1`, updated_at: sql`now()` })
          .where('org_id', '=', actor.orgId)
          .where(sql<boolean>`id = ANY(${targets.slice(i, i + 5000).map((t) => t.id)}::uuid[])`)
          .execute();
      }
      const rows = targets.map((t) => ({ t, ...setFor(input.action, t, ownerTeam) }));
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        await tx
          .insertInto('audit_log')
          .values(
            chunk.map(({ t, before, after }) => ({
              org_id: actor.orgId,
              id: newId(),
              actor_type: actor.type,
              actor_id: actor.type === 'api_key' ? actor.apiKeyId : actor.userId,
              actor_name: actor.name,
              action: `bulk_${input.action.type}`,
              entity_type: 'customer',
              entity_id: t.id,
              changes: JSON.stringify(
                Object.fromEntries(
                  Object.keys(after).map((k) => [
                    k,
                    { from: before[k as keyof typeof before], to: after[k as keyof typeof after] },
                  ]),
                ),
              ),
              request_id: actor.requestId,
              ip: actor.ip,
            })),
          )
          .execute();
      }
      if (targets.length > 0)
        emit({ entityType: 'customers', entityId: null, action: 'bulk', permission: 'customers.read' });
      return { affected: targets.length };
    });
  },
});

export type BulkActionsService = ReturnType<typeof createBulkActionsService>;
