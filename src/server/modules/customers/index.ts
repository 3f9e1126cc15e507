import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import type { AuditService } from '../audit/index';
import { createBulkActionsService } from './bulk/bulk-actions.service';
import { customerSettingsRoutes } from './custom-fields/custom-fields.routes';
import { createCustomFieldsService } from './custom-fields/custom-fields.service';
import { createCustomerListService } from './customer-list.service';
import { createCustomerJobs } from './customers.jobs';
import { customersRoutes } from './customers.routes';
import { createCustomersService } from './customers.service';
import { createPicklistsService } from './picklists/picklists.service';
import { createSearchService } from './search/search.service';
import { createTimelineService } from './timeline/timeline.service';

export { addTimelineEvents, type TimelineEntry } from './timeline/timeline';

/** Customers (C1–C8, A1, T1–T2): profiles, the table, search, 360, settings. */
export const createCustomers = (deps: Deps, audit: AuditService) => {
  const customers = createCustomersService(deps);
  const lists = createCustomerListService(deps);
  const search = createSearchService(deps);
  const timeline = createTimelineService(deps, audit);
  const bulk = createBulkActionsService(deps);
  const fields = createCustomFieldsService(deps);
  const picklists = createPicklistsService(deps);
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(customersRoutes({ customers, lists, search, timeline, bulk }));
    await app.register(customerSettingsRoutes(fields, picklists));
  };
  const { jobs, schedules } = createCustomerJobs(deps);
  return { customers, lists, search, timeline, bulk, fields, picklists, routes, jobs, schedules };
};
