import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { lockRollups, nextRollupBatch, refreshPurchaseRollups } from './purchase-rollups.queries';

export const REBUILD_BATCH = 2000;

/**
 * Recomputes every customer's purchase rollups from the orders (`kehu rollups rebuild`), one
 * transaction per batch of customers so live order writes wait at most one batch. Returns
 * how many customers were recomputed.
 */
export const rebuildPurchaseRollups = async (
  db: Kysely<DB>,
  orgId: string,
  onProgress: (done: number) => void = () => undefined,
): Promise<number> => {
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const ids = await nextRollupBatch(db, orgId, after, REBUILD_BATCH);
    if (ids.length === 0) return done;
    await db.transaction().execute(async (tx) => {
      await lockRollups(tx, orgId, ids);
      await refreshPurchaseRollups(tx, orgId, ids);
    });
    done += ids.length;
    after = ids[ids.length - 1]!;
    onProgress(done);
  }
};

/**
 * Recomputes the rollups of every customer with an order written or changed since `since` (a
 * bulk import's start), in batches of REBUILD_BATCH customers, one transaction each.
 */
export const refreshRollupsSince = async (db: Kysely<DB>, orgId: string, since: Date) => {
  const { rows } = await sql<{ customer_id: string }>`
    SELECT DISTINCT customer_id FROM orders WHERE org_id = ${orgId} AND updated_at >= ${since}`.execute(db);
  const ids = rows.map((r) => r.customer_id).sort();
  for (let at = 0; at < ids.length; at += REBUILD_BATCH) {
    const batch = ids.slice(at, at + REBUILD_BATCH);
    await db.transaction().execute(async (tx) => {
      await lockRollups(tx, orgId, batch);
      await refreshPurchaseRollups(tx, orgId, batch);
    });
  }
  return ids.length;
};
