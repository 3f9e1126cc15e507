import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OrgSchema, OrgUpdateSchema } from '../../../../shared/contracts/orgs';
import type { OrgService } from './org.service';

export const orgRoutes =
  (org: OrgService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/org',
      { config: { access: 'signed-in' }, schema: { tags: ['org'], response: { 200: OrgSchema } } },
      (req) => org.getOrg(req.actor!),
    );
    app.patch(
      '/org',
      {
        config: { access: 'org.manage' },
        schema: { tags: ['org'], body: OrgUpdateSchema, response: { 200: OrgSchema } },
      },
      (req) => org.updateOrg(req.actor!, req.body),
    );
  };
