import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../shared/contracts/common';
import {
  ProductCategoryCreateSchema,
  ProductCategoryListSchema,
  ProductCategorySchema,
  ProductCategoryUpdateSchema,
  ProductCreateSchema,
  ProductListQuerySchema,
  ProductPageSchema,
  ProductSchema,
  ProductUpdateSchema,
} from '../../../../shared/contracts/products';
import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import type { ProductsService } from './products.service';
import type { ProductTransferService } from './product-transfer.service';

const tags = ['products'];

export const productsRoutes =
  (products: ProductsService, transfer: ProductTransferService): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(
      ['text/csv', 'application/octet-stream'],
      { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
    app.get(
      '/products/export',
      {
        config: { access: 'orders.read' },
        schema: {
          tags,
          description: 'The catalogue as CSV (UTF-8 with BOM): sku, name, category, list_price, active.',
        },
      },
      async (req, reply) => {
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', 'attachment; filename="products.csv"');
        return transfer.exportProducts(req.actor!);
      },
    );
    app.post(
      '/products/import',
      {
        config: { access: 'products.manage' },
        schema: {
          tags,
          description:
            'Create or update products by SKU from a CSV sent as the body (Content-Type: text/csv, up to 5 MB) with ' +
            'columns sku, name, category (path such as 茶叶 / 绿茶), list_price, active. One bad row imports nothing.',
          response: { 200: z.object({ created: z.number(), updated: z.number() }) },
        },
      },
      (req) => {
        if (typeof req.body !== 'string')
          throw new AppError(
            'INVALID_INPUT',
            'Send the CSV itself as the body, with Content-Type: text/csv.',
          );
        return transfer.importProducts(req.actor!, req.body);
      },
    );
    app.get(
      '/products',
      {
        config: { access: 'orders.read' },
        schema: { tags, querystring: ProductListQuerySchema, response: { 200: ProductPageSchema } },
      },
      (req) => products.listProducts(req.actor!, req.query),
    );
    app.get(
      '/products/:id',
      {
        config: { access: 'orders.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: ProductSchema } },
      },
      (req) => products.getProduct(req.actor!, req.params.id),
    );
    app.post(
      '/products',
      {
        config: { access: 'products.manage' },
        schema: { tags, body: ProductCreateSchema, response: { 200: ProductSchema } },
      },
      (req) => products.createProduct(req.actor!, req.body),
    );
    app.patch(
      '/products/:id',
      {
        config: { access: 'products.manage' },
        schema: { tags, params: IdParamsSchema, body: ProductUpdateSchema, response: { 200: ProductSchema } },
      },
      (req) => products.updateProduct(req.actor!, req.params.id, req.body),
    );
    app.get(
      '/product-categories',
      {
        config: { access: 'orders.read' },
        schema: { tags, response: { 200: ProductCategoryListSchema } },
      },
      (req) => products.listCategories(req.actor!),
    );
    app.post(
      '/product-categories',
      {
        config: { access: 'products.manage' },
        schema: { tags, body: ProductCategoryCreateSchema, response: { 200: ProductCategorySchema } },
      },
      (req) => products.createCategory(req.actor!, req.body),
    );
    app.patch(
      '/product-categories/:id',
      {
        config: { access: 'products.manage' },
        schema: {
          tags,
          params: IdParamsSchema,
          body: ProductCategoryUpdateSchema,
          response: { 200: ProductCategorySchema },
        },
      },
      (req) => products.updateCategory(req.actor!, req.params.id, req.body),
    );
  };
