import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '../../../../shared/contracts/common';
import {
  TeamCreateSchema,
  TeamListSchema,
  TeamSchema,
  TeamUpdateSchema,
} from '../../../../shared/contracts/teams';
import type { TeamsService } from './teams.service';

const tags = ['teams'];

export const teamsRoutes =
  (teams: TeamsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/teams',
      { config: { access: 'users.read' }, schema: { tags, response: { 200: TeamListSchema } } },
      (req) => teams.listTeams(req.actor!),
    );
    app.post(
      '/teams',
      {
        config: { access: 'teams.manage' },
        schema: { tags, body: TeamCreateSchema, response: { 200: TeamSchema } },
      },
      (req) => teams.createTeam(req.actor!, req.body),
    );
    app.patch(
      '/teams/:id',
      {
        config: { access: 'teams.manage' },
        schema: { tags, params: IdParamsSchema, body: TeamUpdateSchema, response: { 200: TeamSchema } },
      },
      (req) => teams.updateTeam(req.actor!, req.params.id, req.body),
    );
    app.delete(
      '/teams/:id',
      {
        config: { access: 'teams.manage' },
        schema: { tags, params: IdParamsSchema, response: { 200: OkSchema } },
      },
      async (req) => {
        await teams.deleteTeam(req.actor!, req.params.id);
        return { ok: true as const };
      },
    );
  };
