import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OkSchema } from '../../../../shared/contracts/common';
import {
  DuplicateDismissSchema,
  DuplicateGroupPageSchema,
  DuplicateGroupQuerySchema,
  MergeResultSchema,
  MergeSchema,
} from '../../../../shared/contracts/duplicates';
import type { MergeService } from '../merge/merge.service';
import type { DuplicatesService } from './duplicates.service';

const tags = ['customers'];

/** The duplicate review page and merging (C7). Merging also needs customers.delete, checked by the service. */
export const duplicatesRoutes =
  (duplicates: DuplicatesService, merge: MergeService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/customers/duplicates',
      {
        config: { access: 'customers.read' },
        schema: { tags, querystring: DuplicateGroupQuerySchema, response: { 200: DuplicateGroupPageSchema } },
      },
      (req) => duplicates.findDuplicateGroups(req.actor!, req.query),
    );
    app.post(
      '/customers/duplicates/dismissals',
      {
        config: { access: 'customers.write' },
        schema: { tags, body: DuplicateDismissSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await duplicates.dismissDuplicates(req.actor!, req.body);
        return { ok: true as const };
      },
    );
    app.post(
      '/customers/merge',
      {
        config: { access: 'customers.write' },
        schema: { tags, body: MergeSchema, response: { 200: MergeResultSchema } },
      },
      (req) => merge.mergeCustomers(req.actor!, req.body),
    );
  };
