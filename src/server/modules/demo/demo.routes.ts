import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DemoJobSchema, DemoLoadSchema, DemoStatusSchema } from '../../../shared/demo/demo.contract';
import type { DemoService } from './demo.service';

const tags = ['demo'];

export const demoRoutes =
  (demo: DemoService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/demo',
      {
        config: { access: 'org.manage' },
        schema: {
          tags,
          description:
            'Whether the organisation has customers yet, and its latest demo data load with progress.',
          response: { 200: DemoStatusSchema },
        },
      },
      (req) => demo.getDemoStatus(req.actor!),
    );
    app.post(
      '/demo',
      {
        config: { access: 'org.manage' },
        schema: {
          tags,
          description:
            'Fill the organisation with demo customers, products and orders in a background job (409 while one runs).',
          body: DemoLoadSchema,
          response: { 200: DemoJobSchema },
        },
      },
      (req) => demo.startDemoLoad(req.actor!, req.body),
    );
  };
