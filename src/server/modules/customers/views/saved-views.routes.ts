import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import {
  SavedViewCreateSchema,
  SavedViewListSchema,
  SavedViewSchema,
  SavedViewUpdateSchema,
} from '../../../../shared/contracts/saved-views';
import type { SavedViewsService } from './saved-views.service';

const tags = ['saved views'];

/**
 * Saved views of the customer table. Every reader of customers may keep views of their own;
 * the service decides who may share them and who may change a shared one.
 */
export const savedViewsRoutes =
  (views: SavedViewsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/saved-views',
      { config: { access: 'customers.read' }, schema: { tags, response: { 200: SavedViewListSchema } } },
      (req) => views.listSavedViews(req.actor!),
    );
    app.post(
      '/saved-views',
      {
        config: { access: 'customers.read' },
        schema: { tags, body: SavedViewCreateSchema, response: { 200: SavedViewSchema } },
      },
      (req) => views.createSavedView(req.actor!, req.body),
    );
    app.patch(
      '/saved-views/:id',
      {
        config: { access: 'customers.read' },
        schema: {
          tags,
          params: IdParamsSchema,
          body: SavedViewUpdateSchema,
          response: { 200: SavedViewSchema },
        },
      },
      (req) => views.updateSavedView(req.actor!, req.params.id, req.body),
    );
    app.delete(
      '/saved-views/:id',
      {
        config: { access: 'customers.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await views.deleteSavedView(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
  };
