import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiKeyCreateSchema,
  ApiKeyCreatedSchema,
  ApiKeyListSchema,
} from '../../../../shared/contracts/api-keys';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import type { ApiKeysService } from './api-keys.service';

const tags = ['api-keys'];

export const apiKeysRoutes =
  (keys: ApiKeysService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api-keys',
      { config: { access: 'apikeys.manage' }, schema: { tags, response: { 200: ApiKeyListSchema } } },
      (req) => keys.listApiKeys(req.actor!),
    );
    app.post(
      '/api-keys',
      {
        config: { access: 'apikeys.manage' },
        schema: { tags, body: ApiKeyCreateSchema, response: { 200: ApiKeyCreatedSchema } },
      },
      (req) => keys.createApiKey(req.actor!, req.body),
    );
    app.delete(
      '/api-keys/:id',
      {
        config: { access: 'apikeys.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await keys.revokeApiKey(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
  };
