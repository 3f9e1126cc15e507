import { AppError } from '../../../../shared/errors';
import { picklists, type Picklist } from '../../../../shared/contracts/customers';
import type { ValueIssue } from '../../../../shared/customers/custom-values';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';

type Item = { key: string; label: string | null; archived: boolean };
export type Picklists = Record<Picklist, Item[]>;

/**
 * What an organisation starts with. Keys are stable; the web app shows them translated
 * (潜在客户 / prospect) until an admin gives an item its own label.
 */
export const defaultPicklists: Record<Picklist, string[]> = {
  category: ['prospect', 'existing', 'vip'],
  value_tier: ['high', 'medium', 'low'],
  lifecycle_stage: ['prospect', 'new', 'active', 'at_risk', 'churned', 'won_back'],
  source: ['web_form', 'import', 'referral', 'event', 'advertising', 'walk_in', 'phone', 'wechat', 'other'],
};

export const loadPicklists = async (db: Kysely<DB>, orgId: string): Promise<Picklists> => {
  const rows = await db
    .selectFrom('customer_picklists')
    .select(['list', 'key', 'label', 'archived'])
    .where('org_id', '=', orgId)
    .orderBy('list')
    .orderBy('position')
    .execute();
  const lists = {} as Picklists;
  for (const list of picklists) {
    const own = rows.filter((r) => r.list === list);
    lists[list] =
      own.length > 0
        ? own.map(({ key, label, archived }) => ({ key, label, archived }))
        : defaultPicklists[list].map((key) => ({ key, label: null, archived: false }));
  }
  return lists;
};

const fieldOf: Record<Picklist, string> = {
  category: 'category',
  value_tier: 'valueTier',
  lifecycle_stage: 'lifecycleStage',
  source: 'source',
};

/** Problems with picklist values on a customer: each must be an active item of its list. */
export const picklistIssues = (
  lists: Picklists,
  values: Partial<Record<Picklist, string | null>>,
): ValueIssue[] =>
  picklists.flatMap((list) => {
    const value = values[list];
    if (value === null || value === undefined) return [];
    const active = lists[list].filter((i) => !i.archived).map((i) => i.key);
    return active.includes(value)
      ? []
      : [
          {
            path: fieldOf[list],
            message: `${value} is not one of ${active.join(', ')}`,
            code: 'unknown_option',
            params: { value, allowed: active.join(', ') },
          },
        ];
  });

export const createPicklistsService = (deps: Deps) => ({
  getPicklists: (actor: Actor) => loadPicklists(deps.db, actor.orgId),

  /** Replaces one list. Items in use should be archived rather than removed; removal is refused. */
  async updatePicklist(actor: Actor, list: Picklist, items: Item[]) {
    const keys = items.map((i) => i.key);
    if (new Set(keys).size !== keys.length)
      throw new AppError('INVALID_INPUT', 'Each item needs its own key.', {
        issues: [{ path: 'body.items', message: 'has the same key twice' }],
      });
    return transact(deps, actor, async (tx, emit) => {
      const before = await loadPicklists(tx, actor.orgId);
      const removed = before[list].map((i) => i.key).filter((k) => !keys.includes(k));
      if (removed.length > 0)
        throw new AppError(
          'INVALID_INPUT',
          `Archive ${removed.join(', ')} instead of removing them: customers may still use them.`,
          { issues: [{ path: 'body.items', message: `leaves out ${removed.join(', ')}` }] },
        );
      await tx
        .deleteFrom('customer_picklists')
        .where('org_id', '=', actor.orgId)
        .where('list', '=', list)
        .execute();
      await tx
        .insertInto('customer_picklists')
        .values(items.map((i, position) => ({ org_id: actor.orgId, list, ...i, position })))
        .execute();
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'picklist',
        entityId: null,
        before: { [list]: before[list] },
        after: { [list]: items },
      });
      emit({ entityType: 'picklists', entityId: null, action: 'update', permission: 'customers.read' });
      return loadPicklists(tx, actor.orgId);
    });
  },
});

export type PicklistsService = ReturnType<typeof createPicklistsService>;
