import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../shared/contracts/common';
import { ImportUploadQuerySchema } from '../../../../shared/contracts/imports';
import {
  OrderImportProblemListSchema,
  OrderImportSchema,
  OrderImportStartSchema,
  OrderImportUploadResultSchema,
} from '../../../../shared/contracts/order-imports';
import { AppError } from '../../../../shared/errors';
import type { OrderImportService } from './order-import.service';

const tags = ['orders'];
const fileTypes = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export const orderImportRoutes =
  (imports: OrderImportService): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(fileTypes, (_req, payload, done) => done(null, payload));
    app.post(
      '/order-imports',
      {
        config: { access: 'orders.write' },
        schema: {
          tags,
          description:
            'Upload an order file (CSV or .xlsx, one row per order line) as the raw body with ' +
            'Content-Type: application/octet-stream. Answers with the headers, a preview and suggested mappings.',
          querystring: ImportUploadQuerySchema,
          response: { 200: OrderImportUploadResultSchema },
        },
      },
      (req) => {
        if (!(req.body instanceof Readable))
          throw new AppError(
            'INVALID_INPUT',
            'Send the file itself as the body, with Content-Type: application/octet-stream.',
          );
        return imports.uploadOrderImport(req.actor!, req.query.fileName, req.body);
      },
    );
    app.post(
      '/order-imports/:id/start',
      {
        config: { access: 'orders.write' },
        schema: {
          tags,
          params: IdParamsSchema,
          body: OrderImportStartSchema,
          response: { 200: OrderImportSchema },
        },
      },
      (req) => imports.startOrderImport(req.actor!, req.params.id, req.body),
    );
    app.get(
      '/order-imports/:id',
      {
        config: { access: 'orders.write' },
        schema: { tags, params: IdParamsSchema, response: { 200: OrderImportSchema } },
      },
      (req) => imports.getOrderImport(req.actor!, req.params.id),
    );
    app.get(
      '/order-imports/:id/problems',
      {
        config: { access: 'orders.write' },
        schema: { tags, params: IdParamsSchema, response: { 200: OrderImportProblemListSchema } },
      },
      async (req) => ({ data: await imports.listProblems(req.actor!, req.params.id, 1000) }),
    );
  };
