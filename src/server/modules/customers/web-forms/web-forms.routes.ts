import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import {
  PublicIdParamsSchema,
  PublicSubmissionResultSchema,
  PublicSubmissionSchema,
  PublicWebFormSchema,
  WebFormCreateSchema,
  WebFormListSchema,
  WebFormSchema,
  WebFormUpdateSchema,
} from '../../../../shared/contracts/web-forms';
import type { Config } from '../../../config';
import type { WebFormSubmitService } from './web-form-submit.service';
import type { WebFormsService } from './web-forms.service';

const tags = ['web-forms'];

/** Web forms (C8): admins manage them; `/public/forms/*` is open to anyone with the link. */
export const webFormsRoutes =
  (forms: WebFormsService, submit: WebFormSubmitService, config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    // Links point at KEHU_BASE_URL when set, else at the address the admin is using.
    const base = (req: FastifyRequest) => config.baseUrl ?? `${req.protocol}://${req.host}`;

    app.get(
      '/web-forms',
      { config: { access: 'org.manage' }, schema: { tags, response: { 200: WebFormListSchema } } },
      (req) => forms.listForms(req.actor!, base(req)),
    );
    app.post(
      '/web-forms',
      {
        config: { access: 'org.manage' },
        schema: { tags, body: WebFormCreateSchema, response: { 200: WebFormSchema } },
      },
      (req) => forms.createForm(req.actor!, req.body, base(req)),
    );
    app.get(
      '/web-forms/:id',
      {
        config: { access: 'org.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: WebFormSchema } },
      },
      (req) => forms.getForm(req.actor!, req.params.id, base(req)),
    );
    app.patch(
      '/web-forms/:id',
      {
        config: { access: 'org.manage' },
        schema: { tags, params: IdParamsSchema, body: WebFormUpdateSchema, response: { 200: WebFormSchema } },
      },
      (req) => forms.updateForm(req.actor!, req.params.id, req.body, base(req)),
    );
    app.delete(
      '/web-forms/:id',
      {
        config: { access: 'org.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await forms.deleteForm(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/public/forms/:publicId',
      {
        config: { access: 'public' },
        schema: { tags, params: PublicIdParamsSchema, response: { 200: PublicWebFormSchema } },
      },
      (req) => submit.getPublicForm(req.params.publicId),
    );
    app.post(
      '/public/forms/:publicId/submissions',
      {
        config: { access: 'public' },
        schema: {
          tags,
          params: PublicIdParamsSchema,
          body: PublicSubmissionSchema,
          response: { 200: PublicSubmissionResultSchema },
        },
      },
      (req) => {
        const header = req.headers['idempotency-key'];
        return submit.submitForm(req.params.publicId, req.body, {
          ip: req.ip,
          idempotencyKey: Array.isArray(header) ? header[0] : header,
        });
      },
    );
  };
