import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../shared/contracts/common';
import {
  ChannelListSchema,
  ChannelUpdateSchema,
  CustomerPurchasesSchema,
  OrderCreateSchema,
  OrderListQuerySchema,
  OrderPageSchema,
  OrderSchema,
  OrderUpdateSchema,
  RefundCreateSchema,
} from '../../../shared/contracts/orders';
import type { ChannelsService } from './channels/channels.service';
import type { OrdersService } from './orders.service';
import type { PurchasesService } from './purchases/purchases.service';
import type { RefundsService } from './refunds.service';
import type { RecommendService } from './recommend/recommend.service';
import { RecommendationListSchema } from '../../../shared/contracts/products';

const tags = ['orders'];

/** `Idempotency-Key`: any client-chosen string; a retry with the same key and body returns the first reply. */
const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .trim()
    .min(1)
    .max(200, { message: 'must be at most 200 characters' })
    .optional(),
});

export type OrdersRouteServices = {
  orders: OrdersService;
  refunds: RefundsService;
  channels: ChannelsService;
  purchases: PurchasesService;
  recommend: RecommendService;
};

export const ordersRoutes =
  ({ orders, refunds, channels, purchases, recommend }: OrdersRouteServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/orders',
      {
        config: { access: 'orders.read' },
        schema: { tags, querystring: OrderListQuerySchema, response: { 200: OrderPageSchema } },
      },
      (req) => orders.listOrders(req.actor!, req.query),
    );
    app.get(
      '/orders/:id',
      {
        config: { access: 'orders.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: OrderSchema } },
      },
      (req) => orders.getOrder(req.actor!, req.params.id),
    );
    app.post(
      '/orders',
      {
        config: { access: 'orders.write' },
        schema: {
          tags,
          headers: IdempotencyHeadersSchema,
          body: OrderCreateSchema,
          response: { 200: OrderSchema },
        },
      },
      async (req, reply) => {
        const result = await orders.createOrder(req.actor!, req.body, req.headers['idempotency-key']);
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return result.body;
      },
    );
    app.patch(
      '/orders/:id',
      {
        config: { access: 'orders.write' },
        schema: { tags, params: IdParamsSchema, body: OrderUpdateSchema, response: { 200: OrderSchema } },
      },
      (req) => orders.updateOrder(req.actor!, req.params.id, req.body),
    );
    app.post(
      '/orders/:id/refunds',
      {
        config: { access: 'orders.write' },
        schema: {
          tags,
          params: IdParamsSchema,
          headers: IdempotencyHeadersSchema,
          body: RefundCreateSchema,
          response: { 200: OrderSchema },
        },
      },
      async (req, reply) => {
        const result = await refunds.refundOrder(
          req.actor!,
          req.params.id,
          req.body,
          req.headers['idempotency-key'],
        );
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return result.body;
      },
    );
    app.get(
      '/order-channels',
      { config: { access: 'orders.read' }, schema: { tags, response: { 200: ChannelListSchema } } },
      (req) => channels.listChannels(req.actor!),
    );
    app.put(
      '/order-channels',
      {
        config: { access: 'products.manage' },
        schema: { tags, body: ChannelUpdateSchema, response: { 200: ChannelListSchema } },
      },
      (req) => channels.updateChannels(req.actor!, req.body),
    );
    app.get(
      '/customers/:id/purchases',
      {
        config: { access: 'orders.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: CustomerPurchasesSchema } },
      },
      (req) => purchases.customerPurchases(req.actor!, req.params.id),
    );
    app.get(
      '/customers/:id/recommendations',
      {
        config: { access: 'orders.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: RecommendationListSchema } },
      },
      (req) => recommend.forCustomer(req.actor!, req.params.id),
    );
    app.post(
      '/recommendations/refit',
      {
        config: { access: 'products.manage' },
        schema: {
          tags: ['products'],
          description: 'Refit the co-purchase model now (it also refits nightly and after order imports).',
          response: { 200: z.object({ jobId: z.string().nullable(), fittedAt: z.string().nullable() }) },
        },
      },
      (req) => recommend.refit(req.actor!),
    );
    app.get(
      '/products/:id/also-bought',
      {
        config: { access: 'orders.read' },
        schema: { tags: ['products'], params: IdParamsSchema, response: { 200: RecommendationListSchema } },
      },
      (req) => recommend.alsoBought(req.actor!, req.params.id),
    );
  };
