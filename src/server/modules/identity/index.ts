import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { apiKeysRoutes } from './api-keys/api-keys.routes';
import { createApiKeysService } from './api-keys/api-keys.service';
import { authRoutes } from './auth/auth.routes';
import { createAuthService } from './auth/auth.service';
import { createActorResolver } from './auth/resolve-actor';
import { orgRoutes } from './org/org.routes';
import { createOrgService } from './org/org.service';
import { teamsRoutes } from './teams/teams.routes';
import { createTeamsService } from './teams/teams.service';
import { createInvitationsService } from './users/invitations.service';
import { usersRoutes } from './users/users.routes';
import { createUsersService } from './users/users.service';

export { ACCESS_CHANGE } from './users/users.service';
export type { AuthService } from './auth/auth.service';

/** Organisations, people, teams, sign-in and API keys. */
export const createIdentity = (deps: Deps) => {
  const auth = createAuthService(deps);
  const users = createUsersService(deps);
  const invitations = createInvitationsService(deps, auth);
  const teams = createTeamsService(deps);
  const apiKeys = createApiKeysService(deps);
  const org = createOrgService(deps);
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(authRoutes(auth, deps.config));
    await app.register(orgRoutes(org));
    await app.register(usersRoutes(users, invitations, deps.config));
    await app.register(teamsRoutes(teams));
    await app.register(apiKeysRoutes(apiKeys));
  };
  return { auth, users, invitations, teams, apiKeys, org, routes, resolveActor: createActorResolver(deps) };
};
