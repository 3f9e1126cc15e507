import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema } from '../../../shared/contracts/common';
import { AuditPageSchema } from '../../../shared/contracts/audit';
import {
  BulkActionSchema,
  BulkResultSchema,
  CustomerCountSchema,
  CustomerCreateSchema,
  CustomerListQuerySchema,
  CustomerPageSchema,
  CustomerSchema,
  CustomerUpdateSchema,
  CustomerWithDuplicatesSchema,
  DuplicateCandidateSchema,
  RevealSchema,
  SearchQuerySchema,
  SearchResultSchema,
  TimelinePageSchema,
  TimelineQuerySchema,
} from '../../../shared/contracts/customers';
import { PageQuerySchema } from '../../../shared/contracts/common';
import type { BulkActionsService } from './bulk/bulk-actions.service';
import type { CustomerListService } from './customer-list.service';
import type { CustomersService } from './customers.service';
import type { SearchService } from './search/search.service';
import type { TimelineService } from './timeline/timeline.service';

const tags = ['customers'];

export type CustomersRouteServices = {
  customers: CustomersService;
  lists: CustomerListService;
  search: SearchService;
  timeline: TimelineService;
  bulk: BulkActionsService;
};

export const customersRoutes =
  ({ customers, lists, search, timeline, bulk }: CustomersRouteServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/customers',
      {
        config: { access: 'customers.read' },
        schema: { tags, querystring: CustomerListQuerySchema, response: { 200: CustomerPageSchema } },
      },
      (req) => lists.listCustomers(req.actor!, req.query),
    );
    app.get(
      '/customers/count',
      {
        config: { access: 'customers.read' },
        schema: {
          tags,
          querystring: CustomerListQuerySchema.omit({ cursor: true, limit: true, sort: true }),
          response: { 200: CustomerCountSchema },
        },
      },
      (req) => lists.countCustomers(req.actor!, { ...req.query, limit: 1 }),
    );
    app.get(
      '/customers/search',
      {
        config: { access: 'customers.read' },
        schema: { tags, querystring: SearchQuerySchema, response: { 200: SearchResultSchema } },
      },
      (req) => search.searchCustomers(req.actor!, req.query),
    );
    app.post(
      '/customers',
      {
        config: { access: 'customers.write' },
        schema: { tags, body: CustomerCreateSchema, response: { 200: CustomerWithDuplicatesSchema } },
      },
      (req) => customers.createCustomer(req.actor!, req.body),
    );
    app.post(
      '/customers/duplicates-check',
      {
        config: { access: 'customers.write' },
        schema: {
          tags,
          body: CustomerCreateSchema,
          response: { 200: z.object({ data: z.array(DuplicateCandidateSchema) }) },
        },
      },
      (req) => customers.checkDuplicates(req.actor!, req.body),
    );
    app.post(
      '/customers/bulk',
      {
        config: { access: 'customers.write' },
        schema: { tags, body: BulkActionSchema, response: { 200: BulkResultSchema } },
      },
      (req) => bulk.applyBulkAction(req.actor!, req.body),
    );
    app.get(
      '/customers/:id',
      {
        config: { access: 'customers.read' },
        schema: { tags, params: IdParamsSchema, response: { 200: CustomerSchema } },
      },
      (req) => customers.getCustomer(req.actor!, req.params.id),
    );
    app.patch(
      '/customers/:id',
      {
        config: { access: 'customers.write' },
        schema: {
          tags,
          params: IdParamsSchema,
          body: CustomerUpdateSchema,
          response: { 200: CustomerSchema },
        },
      },
      (req) => customers.updateCustomer(req.actor!, req.params.id, req.body),
    );
    app.delete(
      '/customers/:id',
      {
        config: { access: 'customers.delete' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await customers.deleteCustomer(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
    app.post(
      '/customers/:id/restore',
      {
        config: { access: 'customers.delete' },
        schema: { tags, params: IdParamsSchema, response: { 200: CustomerSchema } },
      },
      (req) => customers.restoreCustomer(req.actor!, req.params.id),
    );
    app.post(
      '/customers/:id/reveal',
      {
        config: { access: 'customers.reveal' },
        schema: { tags, params: IdParamsSchema, response: { 200: RevealSchema } },
      },
      (req) => customers.revealContacts(req.actor!, req.params.id),
    );
    app.get(
      '/customers/:id/timeline',
      {
        config: { access: 'customers.read' },
        schema: {
          tags,
          params: IdParamsSchema,
          querystring: TimelineQuerySchema,
          response: { 200: TimelinePageSchema },
        },
      },
      (req) => timeline.findTimeline(req.actor!, req.params.id, req.query),
    );
    app.get(
      '/customers/:id/history',
      {
        config: { access: 'customers.read' },
        schema: {
          tags,
          params: IdParamsSchema,
          querystring: PageQuerySchema.strict(),
          response: { 200: AuditPageSchema },
        },
      },
      (req) => timeline.findHistory(req.actor!, req.params.id, req.query),
    );
  };
