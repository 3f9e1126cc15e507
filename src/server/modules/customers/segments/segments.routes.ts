import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import {
  SegmentCreateSchema,
  SegmentListSchema,
  SegmentSchema,
  SegmentSizesQuerySchema,
  SegmentSizesSchema,
  SegmentUpdateSchema,
} from '../../../../shared/contracts/segments';
import type { SegmentsService } from './segments.service';

const tags = ['segments'];

/** Segments: every reader of customers sees them (with counts of their own customers); segments.manage changes them. */
export const segmentsRoutes =
  (segments: SegmentsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/segments',
      { config: { access: 'customers.read' }, schema: { tags, response: { 200: SegmentListSchema } } },
      (req) => segments.listSegments(req.actor!),
    );
    app.post(
      '/segments',
      {
        config: { access: 'segments.manage' },
        schema: { tags, body: SegmentCreateSchema, response: { 200: SegmentSchema } },
      },
      (req) => segments.createSegment(req.actor!, req.body),
    );
    app.get(
      '/segments/:id',
      {
        config: { access: 'customers.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: SegmentSchema } },
      },
      (req) => segments.getSegment(req.actor!, req.params.id),
    );
    app.patch(
      '/segments/:id',
      {
        config: { access: 'segments.manage' },
        schema: { tags, params: IdParamsSchema, body: SegmentUpdateSchema, response: { 200: SegmentSchema } },
      },
      (req) => segments.updateSegment(req.actor!, req.params.id, req.body),
    );
    app.delete(
      '/segments/:id',
      {
        config: { access: 'segments.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await segments.deleteSegment(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
    app.get(
      '/segments/:id/sizes',
      {
        config: { access: 'customers.read' },
        schema: {
          tags,
          params: IdParamsSchema,
          querystring: SegmentSizesQuerySchema,
          response: { 200: SegmentSizesSchema },
        },
      },
      (req) => segments.findSegmentSizes(req.actor!, req.params.id, req.query.days),
    );
  };
