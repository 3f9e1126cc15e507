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
import type { ProductsService } from './products.service';

const tags = ['products'];

export const productsRoutes =
  (products: ProductsService): FastifyPluginAsyncZod =>
  async (app) => {
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
