import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { createChannelsService } from './channels/channels.service';
import { moveOrdersOnMerge } from './orders-merge';
import { ordersRoutes } from './orders.routes';
import { createOrdersService } from './orders.service';
import { productsRoutes } from './products/products.routes';
import { createProductsService } from './products/products.service';
import { createProductTransferService } from './products/product-transfer.service';
import { createPurchasesService } from './purchases/purchases.service';
import { createRefundsService } from './refunds.service';
import { createRecommendService } from './recommend/recommend.service';
import {
  recommendSchedules,
  refitRecommendationsJob,
  REFIT_RECOMMENDATIONS,
} from './recommend/recommend.jobs';
import type { MergeStep } from '../customers/index';
import { createOrderImportJob } from './import/order-import.job';
import { orderImportRoutes } from './import/order-import.routes';
import { createOrderImportService } from './import/order-import.service';

export { refreshPurchaseRollups } from './rollups/purchase-rollups.queries';
export { rebuildPurchaseRollups } from './rollups/rollups-rebuild';
export { refitRecommendations } from './recommend/recommend.queries';
export { REFIT_RECOMMENDATIONS };
export { importOrderFile, type OrderImportFileOptions } from './import/order-import-file';

/** Purchases (P1–P4): products, orders with refunds, per-customer purchase rollups. */
export const createOrders = (deps: Deps, customers: { registerMergeStep: (step: MergeStep) => void }) => {
  const products = createProductsService(deps);
  const orders = createOrdersService(deps);
  const refunds = createRefundsService(deps);
  const channels = createChannelsService(deps);
  const purchases = createPurchasesService(deps);
  const recommend = createRecommendService(deps);
  const imports = createOrderImportService(deps);
  customers.registerMergeStep(moveOrdersOnMerge);
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(productsRoutes(products, createProductTransferService(deps)));
    await app.register(ordersRoutes({ orders, refunds, channels, purchases, recommend }));
    await app.register(orderImportRoutes(imports));
  };
  return {
    products,
    orders,
    refunds,
    channels,
    purchases,
    recommend,
    imports,
    routes,
    jobs: [refitRecommendationsJob, createOrderImportJob(deps)],
    schedules: recommendSchedules,
  };
};
