import { AppError } from '../../../../shared/errors';
import type { CustomerPurchases } from '../../../../shared/contracts/orders';
import type { Actor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { findCustomersByRef } from '../../customers/index';
import { loadOrderContext } from '../order-context';
import { categorySpend, monthlySpend, productsBought } from './purchases.queries';

/** The 360 page's purchases tab (P3): spend per month, per category, and the products bought. */
export const createPurchasesService = (deps: Deps) => ({
  async customerPurchases(actor: Actor, customerId: string): Promise<CustomerPurchases> {
    const [customer] = await findCustomersByRef(deps.readDb, actor, [{ id: customerId }]);
    if (!customer) throw new AppError('NOT_FOUND', `Customer ${customerId} not found`);
    const context = await loadOrderContext(deps.readDb, actor.orgId);
    const [monthly, categories, products] = await Promise.all([
      monthlySpend(deps.readDb, actor.orgId, customerId, context.timeZone),
      categorySpend(deps.readDb, actor.orgId, customerId),
      productsBought(deps.readDb, actor.orgId, customerId),
    ]);
    return {
      currency: context.currency,
      monthly: monthly.map((m) => ({ month: m.month, revenueCents: m.revenue_cents, orders: m.orders })),
      categories: categories.map((c) => ({
        category: c.category,
        revenueCents: c.revenue_cents,
        quantity: c.quantity,
      })),
      products: products.map((p) => ({
        productId: p.product_id,
        name: p.name,
        orders: p.orders,
        quantity: p.quantity,
        revenueCents: p.revenue_cents,
        lastOrderedAt: p.last_ordered_at.toISOString(),
      })),
    };
  },
});

export type PurchasesService = ReturnType<typeof createPurchasesService>;
