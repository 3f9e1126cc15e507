import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeSchema } from '../../../../shared/contracts/auth';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import {
  InvitationAcceptSchema,
  InvitationCreateSchema,
  InvitationCreatedSchema,
  InvitationListSchema,
  InvitationPreviewSchema,
  InvitationTokenParamsSchema,
  UserListSchema,
  UserSchema,
  UserUpdateSchema,
} from '../../../../shared/contracts/users';
import type { Config } from '../../../config';
import { clientInfo, publicBaseUrl, setSessionCookie } from '../auth/session-cookie';
import type { InvitationsService } from './invitations.service';
import type { UsersService } from './users.service';

const tags = ['users'];

export const usersRoutes =
  (users: UsersService, invitations: InvitationsService, config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users',
      { config: { access: 'users.read' }, schema: { tags, response: { 200: UserListSchema } } },
      (req) => users.listUsers(req.actor!),
    );
    app.patch(
      '/users/:id',
      {
        config: { access: 'users.manage' },
        schema: { tags, params: IdParamsSchema, body: UserUpdateSchema, response: { 200: UserSchema } },
      },
      (req) => users.updateUser(req.actor!, req.params.id, req.body),
    );
    app.post(
      '/users/:id/deactivate',
      {
        config: { access: 'users.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: UserSchema } },
      },
      (req) => users.setUserStatus(req.actor!, req.params.id, 'deactivated'),
    );
    app.post(
      '/users/:id/reactivate',
      {
        config: { access: 'users.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: UserSchema } },
      },
      (req) => users.setUserStatus(req.actor!, req.params.id, 'active'),
    );

    app.get(
      '/invitations',
      { config: { access: 'users.manage' }, schema: { tags, response: { 200: InvitationListSchema } } },
      (req) => invitations.listInvitations(req.actor!),
    );
    app.post(
      '/invitations',
      {
        config: { access: 'users.manage' },
        schema: { tags, body: InvitationCreateSchema, response: { 200: InvitationCreatedSchema } },
      },
      (req) => invitations.createInvitation(req.actor!, req.body, publicBaseUrl(config, req)),
    );
    app.delete(
      '/invitations/:id',
      {
        config: { access: 'users.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await invitations.revokeInvitation(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
    app.get(
      '/invitations/:token',
      {
        config: { access: 'public' },
        schema: { tags, params: InvitationTokenParamsSchema, response: { 200: InvitationPreviewSchema } },
      },
      (req) => invitations.previewInvitation(req.params.token),
    );
    app.post(
      '/invitations/:token/accept',
      {
        config: { access: 'public' },
        schema: {
          tags,
          params: InvitationTokenParamsSchema,
          body: InvitationAcceptSchema,
          response: { 200: MeSchema },
        },
      },
      async (req, reply) =>
        setSessionCookie(
          config,
          req,
          reply,
          await invitations.acceptInvitation(req.params.token, req.body, clientInfo(req)),
        ),
    );
  };
