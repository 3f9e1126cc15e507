import type { Kysely } from 'kysely';
import type { ChannelUpdate } from '../../../../shared/contracts/orders';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';

/** Sales channels an organisation starts with; the web app translates the keys until relabelled. */
export const defaultChannels = ['online_store', 'retail_store', 'phone', 'wechat', 'marketplace', 'other'];

export type Channel = { key: string; label: string | null; position: number; archived: boolean };

export const loadChannels = async (db: Kysely<DB>, orgId: string): Promise<Channel[]> => {
  const rows = await db
    .selectFrom('order_channels')
    .select(['key', 'label', 'position', 'archived'])
    .where('org_id', '=', orgId)
    .orderBy('position')
    .execute();
  return rows.length > 0
    ? rows
    : defaultChannels.map((key, position) => ({ key, label: null, position, archived: false }));
};

/** The organisation's sales channels (P2), admin-editable; removed keys are archived, never lost. */
export const createChannelsService = (deps: Deps) => ({
  async listChannels(actor: Actor) {
    return { data: await loadChannels(deps.readDb, actor.orgId) };
  },

  async updateChannels(actor: Actor, input: ChannelUpdate) {
    return transact(deps, actor, async (tx) => {
      const before = await loadChannels(tx, actor.orgId);
      const given = new Set(input.items.map((i) => i.key));
      const items = [
        ...input.items,
        ...before.filter((c) => !given.has(c.key)).map((c) => ({ ...c, archived: true })),
      ];
      await tx.deleteFrom('order_channels').where('org_id', '=', actor.orgId).execute();
      await tx
        .insertInto('order_channels')
        .values(
          items.map((item, position) => ({
            org_id: actor.orgId,
            key: item.key,
            label: item.label,
            position,
            archived: item.archived,
          })),
        )
        .execute();
      const after = await loadChannels(tx, actor.orgId);
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'order_channels',
        entityId: null,
        before: { items: before },
        after: { items: after },
      });
      return { data: after };
    });
  },
});

export type ChannelsService = ReturnType<typeof createChannelsService>;
