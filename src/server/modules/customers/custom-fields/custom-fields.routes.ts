import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../shared/contracts/common';
import {
  CustomFieldCreateSchema,
  CustomFieldListSchema,
  CustomFieldSchema,
  CustomFieldUpdateSchema,
} from '../../../../shared/contracts/custom-fields';
import { picklists, PicklistsSchema, PicklistUpdateSchema } from '../../../../shared/contracts/customers';
import type { PicklistsService } from '../picklists/picklists.service';
import type { CustomFieldsService } from './custom-fields.service';

const tags = ['customer settings'];

/** Custom fields and pick lists: everyone who reads customers reads these; admins change them. */
export const customerSettingsRoutes =
  (fields: CustomFieldsService, lists: PicklistsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/custom-fields',
      { config: { access: 'customers.read' }, schema: { tags, response: { 200: CustomFieldListSchema } } },
      (req) => fields.listCustomFields(req.actor!),
    );
    app.post(
      '/custom-fields',
      {
        config: { access: 'org.manage' },
        schema: { tags, body: CustomFieldCreateSchema, response: { 200: CustomFieldSchema } },
      },
      (req) => fields.createCustomField(req.actor!, req.body),
    );
    app.patch(
      '/custom-fields/:id',
      {
        config: { access: 'org.manage' },
        schema: {
          tags,
          params: IdParamsSchema,
          body: CustomFieldUpdateSchema,
          response: { 200: CustomFieldSchema },
        },
      },
      (req) => fields.updateCustomField(req.actor!, req.params.id, req.body),
    );
    app.get(
      '/customer-picklists',
      { config: { access: 'customers.read' }, schema: { tags, response: { 200: PicklistsSchema } } },
      (req) => lists.getPicklists(req.actor!),
    );
    app.put(
      '/customer-picklists/:list',
      {
        config: { access: 'org.manage' },
        schema: {
          tags,
          params: z.object({ list: z.enum(picklists) }).strict(),
          body: PicklistUpdateSchema,
          response: { 200: PicklistsSchema },
        },
      },
      (req) =>
        lists.updatePicklist(
          req.actor!,
          req.params.list,
          req.body.items.map((i) => ({ ...i, label: i.label ?? null })),
        ),
    );
  };
