import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema } from '../../../shared/contracts/audit';
import type { AuditService } from './audit.service';

export const auditRoutes =
  (audit: AuditService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        config: { access: 'audit.read' },
        schema: { tags: ['audit'], querystring: AuditQuerySchema, response: { 200: AuditPageSchema } },
      },
      (req) => audit.findAuditEntries(req.actor!, req.query),
    );
  };
