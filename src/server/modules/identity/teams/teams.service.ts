import { AppError } from '../../../../shared/errors';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import {
  findTeam,
  insertTeam,
  listTeamRows,
  renameTeam,
  softDeleteTeam,
  teamNameTaken,
  toTeam,
} from './teams.queries';

const nameTaken = (name: string) =>
  new AppError('CONFLICT', `A team called ${name} already exists.`, {
    issues: [{ path: 'body.name', message: 'already used' }],
  });

export const createTeamsService = (deps: Deps) => ({
  async listTeams(actor: Actor) {
    return { data: (await listTeamRows(deps.db, actor.orgId)).map(toTeam) };
  },

  async createTeam(actor: Actor, input: { name: string }) {
    return transact(deps, actor, async (tx, emit) => {
      if (await teamNameTaken(tx, actor.orgId, input.name)) throw nameTaken(input.name);
      const id = newId();
      await insertTeam(tx, actor.orgId, id, input.name);
      const team = toTeam((await findTeam(tx, actor.orgId, id))!);
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'team',
        entityId: id,
        after: { name: team.name },
      });
      emit({ entityType: 'teams', entityId: id, action: 'create', permission: 'users.read' });
      return team;
    });
  },

  /** Throws CONFLICT on a stale version or a duplicate name. */
  async updateTeam(actor: Actor, id: string, input: { name: string; version: number }) {
    return transact(deps, actor, async (tx, emit) => {
      const before = await findTeam(tx, actor.orgId, id);
      if (!before) throw new AppError('NOT_FOUND', `Team ${id} not found`);
      if (await teamNameTaken(tx, actor.orgId, input.name, id)) throw nameTaken(input.name);
      const done = await renameTeam(tx, actor.orgId, id, input.version, input.name);
      if (Number(done.numUpdatedRows) !== 1) throw staleVersion('team', toTeam(before));
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'team',
        entityId: id,
        before: { name: before.name },
        after: { name: input.name },
      });
      emit({ entityType: 'teams', entityId: id, action: 'update', permission: 'users.read' });
      return toTeam((await findTeam(tx, actor.orgId, id))!);
    });
  },

  async deleteTeam(actor: Actor, id: string) {
    await transact(deps, actor, async (tx, emit) => {
      const before = await findTeam(tx, actor.orgId, id);
      if (!before) throw new AppError('NOT_FOUND', `Team ${id} not found`);
      await softDeleteTeam(tx, actor.orgId, id);
      await writeAudit(tx, actor, {
        action: 'delete',
        entityType: 'team',
        entityId: id,
        before: { name: before.name },
        after: null,
      });
      emit({ entityType: 'teams', entityId: id, action: 'delete', permission: 'users.read' });
    });
  },
});

export type TeamsService = ReturnType<typeof createTeamsService>;
