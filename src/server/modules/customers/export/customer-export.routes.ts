import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CustomerExportQuerySchema } from '../../../../shared/contracts/exports';
import type { CustomerExportService } from './customer-export.service';

const tags = ['customers'];

/** The customer table's selection as a download; the body is the file, streamed. */
export const customerExportRoutes =
  (exports: CustomerExportService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/customers/export',
      {
        config: { access: 'customers.export' },
        schema: {
          tags,
          description: 'CSV (UTF-8 with BOM) or Excel file of the selected customers, streamed.',
          querystring: CustomerExportQuerySchema,
        },
      },
      async (req, reply) => {
        const file = await exports.exportCustomers(req.actor!, req.query);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', file.disposition)
          .header('cache-control', 'no-store')
          .send(file.stream);
      },
    );
  };
