import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { Recommendation } from '../../../../shared/contracts/products';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { findCustomersByRef } from '../../customers/index';
import { enqueueRefit } from './recommend.jobs';
import { alsoBoughtRows, coPurchaseRows, popularRows, type SuggestionRow } from './recommend.queries';

const LIMIT = 10;

/** Product names and SKUs for suggestion rows and their `because` products. */
const describe = async (
  db: Kysely<DB>,
  orgId: string,
  rows: SuggestionRow[],
  reason: Recommendation['reason'],
) => {
  const ids = [
    ...new Set(rows.flatMap((r) => (r.because_id ? [r.product_id, r.because_id] : [r.product_id]))),
  ];
  if (ids.length === 0) return [];
  const { rows: products } = await sql<{ id: string; sku: string; name: string }>`
    SELECT id, sku, name FROM products WHERE org_id = ${orgId} AND id = ANY(${ids}::uuid[])`.execute(db);
  const byId = new Map(products.map((p) => [p.id, p]));
  return rows.map((r): Recommendation => ({
    productId: r.product_id,
    sku: byId.get(r.product_id)!.sku,
    name: byId.get(r.product_id)!.name,
    score: r.score,
    together: r.together,
    reason,
    becauseProductId: r.because_id,
    becauseName: r.because_id ? (byId.get(r.because_id)?.name ?? null) : null,
  }));
};

/**
 * Recommendations (P4) read from the co-purchase model the refit job stores: what customers of a
 * product also bought, and per customer what to offer next with the reason, topped up with best
 * sellers when the customer's history suggests too little.
 */
export const createRecommendService = (deps: Deps) => ({
  /** Queues a refit now (otherwise nightly and after order imports); returns the job to follow. */
  async refit(actor: Actor) {
    const jobId = await enqueueRefit(deps.db, deps.jobs, actor.orgId);
    const model = await deps.readDb
      .selectFrom('recommendation_models')
      .selectAll()
      .where('org_id', '=', actor.orgId)
      .executeTakeFirst();
    return { jobId, fittedAt: model?.fitted_at.toISOString() ?? null };
  },

  async alsoBought(actor: Actor, productId: string) {
    const product = await deps.readDb
      .selectFrom('products')
      .select('id')
      .where('org_id', '=', actor.orgId)
      .where('id', '=', productId)
      .executeTakeFirst();
    if (!product) throw new AppError('NOT_FOUND', `Product ${productId} not found`);
    const rows = await alsoBoughtRows(deps.readDb, actor.orgId, productId, LIMIT);
    return { data: await describe(deps.readDb, actor.orgId, rows, 'bought') };
  },

  async forCustomer(actor: Actor, customerId: string) {
    const [customer] = await findCustomersByRef(deps.readDb, actor, [{ id: customerId }]);
    if (!customer) throw new AppError('NOT_FOUND', `Customer ${customerId} not found`);
    const bought = await coPurchaseRows(deps.readDb, actor.orgId, customerId, LIMIT);
    const popular =
      bought.length < LIMIT
        ? await popularRows(
            deps.readDb,
            actor.orgId,
            customerId,
            bought.map((b) => b.product_id),
            LIMIT - bought.length,
          )
        : [];
    return {
      data: [
        ...(await describe(deps.readDb, actor.orgId, bought, 'bought')),
        ...(await describe(deps.readDb, actor.orgId, popular, 'popular')),
      ],
    };
  },
});

export type RecommendService = ReturnType<typeof createRecommendService>;
