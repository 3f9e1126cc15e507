import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import { ImportProblemsCsvQuerySchema } from '../../../../shared/contracts/import-problems';
import {
  ImportDetailSchema,
  ImportIdParamsSchema,
  ImportListSchema,
  ImportProblemPageSchema,
  ImportProblemQuerySchema,
  ImportSchema,
  ImportStartSchema,
  ImportTemplateCreateSchema,
  ImportTemplateListSchema,
  ImportTemplateSchema,
  ImportUploadQuerySchema,
  ImportUploadResultSchema,
} from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import type { ImportService } from './import.service';
import type { ImportTemplatesService } from './import-templates.service';

const tags = ['imports'];
const access = 'customers.import' as const;

/** The upload's body is the file itself, streamed into the database rather than buffered. */
const fileTypes = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export const importRoutes =
  (imports: ImportService, templates: ImportTemplatesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(fileTypes, (_req, payload, done) => done(null, payload));

    app.post(
      '/imports',
      {
        config: { access },
        schema: {
          tags,
          description:
            'Upload a CSV (UTF-8, with or without BOM, or GB18030/GBK) or .xlsx file as the raw body ' +
            '(Content-Type: application/octet-stream), up to 200 MB. Answers with the headers, a preview ' +
            'and suggested column mappings.',
          querystring: ImportUploadQuerySchema,
          response: { 200: ImportUploadResultSchema },
        },
      },
      (req) => {
        if (!(req.body instanceof Readable))
          throw new AppError(
            'INVALID_INPUT',
            'Send the file itself as the body, with Content-Type: application/octet-stream (or text/csv).',
          );
        return imports.uploadImport(req.actor!, req.query.fileName, req.body);
      },
    );
    app.get(
      '/imports',
      { config: { access }, schema: { tags, response: { 200: ImportListSchema } } },
      (req) => imports.listImports(req.actor!),
    );
    app.get(
      '/imports/:id',
      {
        config: { access },
        schema: { tags, params: ImportIdParamsSchema, response: { 200: ImportDetailSchema } },
      },
      (req) => imports.getImport(req.actor!, req.params.id),
    );
    app.post(
      '/imports/:id/start',
      {
        config: { access },
        schema: {
          tags,
          params: ImportIdParamsSchema,
          body: ImportStartSchema,
          response: { 200: ImportSchema },
        },
      },
      (req) => imports.startImport(req.actor!, req.params.id, req.body),
    );
    app.post(
      '/imports/:id/cancel',
      { config: { access }, schema: { tags, params: ImportIdParamsSchema, response: { 200: ImportSchema } } },
      (req) => imports.cancelImport(req.actor!, req.params.id),
    );
    app.get(
      '/imports/:id/problems',
      {
        config: { access },
        schema: {
          tags,
          params: ImportIdParamsSchema,
          querystring: ImportProblemQuerySchema,
          response: { 200: ImportProblemPageSchema },
        },
      },
      (req) => imports.findProblems(req.actor!, req.params.id, req.query),
    );
    app.get(
      '/imports/:id/problems.csv',
      {
        config: { access },
        schema: {
          tags,
          params: ImportIdParamsSchema,
          querystring: ImportProblemsCsvQuerySchema,
          description:
            'The problem report as CSV: line, column, reason, value, with headings and reasons in ' +
            '`lang` (by default the signed-in user’s language, else English).',
        },
      },
      async (req, reply) => {
        const file = await imports.problemsCsv(req.actor!, req.params.id, req.query.lang);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', file.disposition)
          .header('cache-control', 'no-store')
          .send(file.stream);
      },
    );
    app.get(
      '/import-templates',
      { config: { access }, schema: { tags, response: { 200: ImportTemplateListSchema } } },
      (req) => templates.listTemplates(req.actor!),
    );
    app.post(
      '/import-templates',
      {
        config: { access },
        schema: { tags, body: ImportTemplateCreateSchema, response: { 200: ImportTemplateSchema } },
      },
      (req) => templates.saveTemplate(req.actor!, req.body),
    );
    app.delete(
      '/import-templates/:id',
      { config: { access }, schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } } },
      async (req) => {
        await templates.deleteTemplate(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
  };
