import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../shared/contracts/common';
import { JobPageSchema, JobQuerySchema, JobSchema, ScheduleListSchema } from '../../../shared/contracts/jobs';
import type { JobsService } from './jobs.service';

const tags = ['jobs'];

export const jobsRoutes =
  (jobs: JobsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/jobs',
      {
        config: { access: 'jobs.read' },
        schema: { tags, querystring: JobQuerySchema, response: { 200: JobPageSchema } },
      },
      (req) => jobs.findJobs(req.actor!, req.query),
    );
    app.post(
      '/jobs/:id/retry',
      {
        config: { access: 'jobs.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: JobSchema } },
      },
      (req) => jobs.retryJob(req.actor!, req.params.id),
    );
    app.get(
      '/schedules',
      { config: { access: 'jobs.read' }, schema: { tags, response: { 200: ScheduleListSchema } } },
      () => jobs.listSchedules(),
    );
  };
