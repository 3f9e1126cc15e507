import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import { assignableRoles, type Role } from '../../../../shared/permissions';
import type { UserUpdate } from '../../../../shared/contracts/users';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { transact } from '../../../platform/transaction';
import { deleteUserSessions } from '../auth/sessions.queries';
import {
  findUser,
  listUserRows,
  lockActiveOwners,
  teamExists,
  toUser,
  updateUserRow,
  type UserRow,
} from './users.queries';

/** The event action for a change to what a user may see (role, team, status). */
export const ACCESS_CHANGE = 'access-change';

const notFound = (id: string) => new AppError('NOT_FOUND', `User ${id} not found`);

/** True when `user` is the organisation's only active owner (a deactivated owner never is). */
const isLastActiveOwner = async (tx: Kysely<DB>, user: UserRow): Promise<boolean> =>
  user.role === 'owner' && user.status === 'active' && (await lockActiveOwners(tx, user.org_id)) <= 1;

/** An actor may hand out only roles at or below their own, and only owners touch owners. */
export const assertMayAssign = (actor: Actor, targetRole: Role, newRole: Role | undefined) => {
  const allowed = assignableRoles(actor.role);
  if (targetRole === 'owner' && actor.role !== 'owner')
    throw new AppError('FORBIDDEN', 'Only an owner can change an owner.');
  if (newRole && !allowed.includes(newRole))
    throw new AppError('FORBIDDEN', `Your role cannot give the role ${newRole}.`);
};

/** Throws INVALID_INPUT naming `body.teamId` unless the team exists in the organisation (null means none). */
export const assertTeamExists = async (db: Kysely<DB>, orgId: string, teamId: string | null | undefined) => {
  if (teamId && !(await teamExists(db, orgId, teamId))) {
    throw new AppError('INVALID_INPUT', `Team ${teamId} does not exist.`, {
      issues: [{ path: 'body.teamId', message: 'no such team' }],
    });
  }
};

export const createUsersService = (deps: Deps) => ({
  async listUsers(actor: Actor) {
    return { data: (await listUserRows(deps.db, actor.orgId)).map(toUser) };
  },

  /** Changes name, role or team. Throws CONFLICT on a stale version or when it would leave no owner. */
  async updateUser(actor: Actor, id: string, input: UserUpdate) {
    return transact(deps, actor, async (tx, emit) => {
      const before = await findUser(tx, actor.orgId, id);
      if (!before) throw notFound(id);
      assertMayAssign(actor, before.role as Role, input.role);
      if (input.role && input.role !== before.role && id === actor.userId) {
        throw new AppError('FORBIDDEN', 'You cannot change your own role; ask another owner or admin.');
      }
      await assertTeamExists(tx, actor.orgId, input.teamId);
      if (input.role && input.role !== 'owner' && (await isLastActiveOwner(tx, before))) {
        throw new AppError(
          'CONFLICT',
          'An organisation needs at least one owner; make someone else owner first.',
        );
      }
      const after = await updateUserRow(tx, actor.orgId, id, input.version, {
        name: input.name,
        role: input.role,
        team_id: input.teamId,
      });
      if (!after) throw staleVersion('user', toUser(before));
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'user',
        entityId: id,
        before: toUser(before),
        after: toUser(after),
      });
      const accessChanged = after.role !== before.role || after.team_id !== before.team_id;
      emit({
        entityType: 'users',
        entityId: id,
        action: accessChanged ? ACCESS_CHANGE : 'update',
        permission: 'users.read',
      });
      return toUser(after);
    });
  },

  /** Deactivating signs the user out everywhere at once. */
  async setUserStatus(actor: Actor, id: string, status: 'active' | 'deactivated') {
    return transact(deps, actor, async (tx, emit) => {
      const before = await findUser(tx, actor.orgId, id);
      if (!before) throw notFound(id);
      assertMayAssign(actor, before.role as Role, undefined);
      if (status === 'deactivated') {
        if (id === actor.userId) throw new AppError('FORBIDDEN', 'You cannot deactivate yourself.');
        if (await isLastActiveOwner(tx, before)) {
          throw new AppError('CONFLICT', 'An organisation needs at least one active owner.');
        }
      }
      const after = await updateUserRow(tx, actor.orgId, id, undefined, { status });
      if (status === 'deactivated') await deleteUserSessions(tx, actor.orgId, id);
      await writeAudit(tx, actor, {
        action: status === 'active' ? 'reactivate' : 'deactivate',
        entityType: 'user',
        entityId: id,
        before: { status: before.status },
        after: { status },
      });
      emit({ entityType: 'users', entityId: id, action: ACCESS_CHANGE, permission: 'users.read' });
      return toUser(after!);
    });
  },
});

export type UsersService = ReturnType<typeof createUsersService>;
