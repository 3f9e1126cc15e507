import type { MergeStep } from '../customers/index';
import { lockRollups, refreshPurchaseRollups } from './rollups/purchase-rollups.queries';

/** In a customer merge, the merged customers' orders move to the survivor, and rollups follow. */
export const moveOrdersOnMerge: MergeStep = async (tx, actor, { survivorId, mergedIds }) => {
  await lockRollups(tx, actor.orgId, [survivorId, ...mergedIds]);
  await tx
    .updateTable('orders')
    .set({ customer_id: survivorId })
    .where('org_id', '=', actor.orgId)
    .where('customer_id', 'in', mergedIds)
    .execute();
  await refreshPurchaseRollups(tx, actor.orgId, [survivorId, ...mergedIds]);
};
