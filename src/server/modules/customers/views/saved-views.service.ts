import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/errors';
import { can } from '../../../../shared/permissions';
import type {
  SavedView,
  SavedViewCreate,
  SavedViewDefinition,
  SavedViewUpdate,
  SavedViewVisibility,
} from '../../../../shared/contracts/saved-views';
import type { DB } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { iso } from '../../../platform/time';
import { transact } from '../../../platform/transaction';
import { checkViewDefinition } from './view-definition';
import {
  deleteViewRow,
  findViewRow,
  insertViewRow,
  listVisibleViewRows,
  updateViewRow,
  type SavedViewRow,
} from './saved-views.queries';

type Person = Actor & { userId: string };

/** Views belong to a person; Kehu itself (jobs) has none. */
const personOf = (actor: Actor): Person => {
  if (!actor.userId) throw new AppError('FORBIDDEN', 'Saved views belong to a person; sign in as one.');
  return actor as Person;
};

const seesView = (actor: Person, row: SavedViewRow) =>
  row.owner_id === actor.userId ||
  row.visibility === 'org' ||
  (row.visibility === 'team' && row.team_id !== null && row.team_id === actor.teamId);

/**
 * The owner changes their view; admins also look after organisation-wide views (whose owner may
 * have moved on). Team views stay with their owner, as admins outside the team do not see them.
 */
const editsView = (actor: Person, row: SavedViewRow) =>
  row.owner_id === actor.userId || (row.visibility === 'org' && can(actor.role, 'org.manage'));

/**
 * Keeping a view for oneself needs only customers.read (the route checks it), so read-only
 * people can save their own views too. Showing a view to others is curating lists for them:
 * a team view needs segments.manage (managers, analysts, admins); an organisation-wide view
 * needs segments.manage or org.manage.
 */
const mayPublish = (actor: Person, visibility: SavedViewVisibility) => {
  if (visibility === 'private') return true;
  if (visibility === 'team') return can(actor.role, 'segments.manage');
  return can(actor.role, 'segments.manage') || can(actor.role, 'org.manage');
};

const assertMayPublish = (actor: Person, visibility: SavedViewVisibility) => {
  if (!mayPublish(actor, visibility))
    throw new AppError(
      'FORBIDDEN',
      `Your role (${actor.role}) does not allow sharing views with the ${visibility === 'team' ? 'team' : 'organisation'} (needs segments.manage).`,
    );
};

const teamFor = (actor: Person, visibility: SavedViewVisibility, keep: string | null) => {
  if (visibility !== 'team') return null;
  const teamId = keep ?? actor.teamId;
  if (!teamId)
    throw new AppError('INVALID_INPUT', 'You are not in a team, so the view cannot be shared with one.', {
      issues: [{ path: 'body.visibility', message: 'team needs you to be in a team; use private or org' }],
    });
  return teamId;
};

const toSavedView = (actor: Person, row: SavedViewRow): SavedView => ({
  id: row.id,
  name: row.name,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  visibility: row.visibility as SavedViewVisibility,
  teamId: row.team_id,
  definition: row.definition as SavedViewDefinition,
  canEdit: editsView(actor, row),
  version: row.version,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/** Audit and events carry what was saved, not who is looking. */
const auditable = ({ canEdit: _canEdit, ...view }: SavedView) => view;

const getEditableRow = async (db: Kysely<DB>, actor: Person, id: string) => {
  const row = await findViewRow(db, actor.orgId, id);
  if (!row || !seesView(actor, row)) throw new AppError('NOT_FOUND', `Saved view ${id} not found`);
  if (!editsView(actor, row))
    throw new AppError(
      'FORBIDDEN',
      'Only the owner of this view (or an admin, for an organisation-wide view) may change it.',
    );
  return row;
};

export const createSavedViewsService = (deps: Deps) => ({
  async listSavedViews(actor: Actor) {
    const person = personOf(actor);
    const rows = await listVisibleViewRows(deps.db, person);
    return { data: rows.map((row) => toSavedView(person, row)) };
  },

  /** Throws INVALID_INPUT when the definition names unknown fields or holds a filter that cannot run. */
  async createSavedView(actor: Actor, input: SavedViewCreate) {
    const person = personOf(actor);
    assertMayPublish(person, input.visibility);
    const teamId = teamFor(person, input.visibility, null);
    const definition = await checkViewDefinition(deps.db, actor.orgId, input.definition);
    return transact(deps, actor, async (tx, emit) => {
      const id = newId();
      await insertViewRow(tx, {
        orgId: actor.orgId,
        id,
        name: input.name,
        ownerId: person.userId,
        visibility: input.visibility,
        teamId,
        definition,
      });
      const view = toSavedView(person, (await findViewRow(tx, actor.orgId, id))!);
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'saved_view',
        entityId: id,
        after: auditable(view),
      });
      emit({ entityType: 'saved_views', entityId: id, action: 'create', permission: 'customers.read' });
      return view;
    });
  },

  /** Throws NOT_FOUND for views the actor cannot see, FORBIDDEN for ones they may not change, CONFLICT when stale. */
  async updateSavedView(actor: Actor, id: string, input: SavedViewUpdate) {
    const person = personOf(actor);
    const definition = input.definition
      ? await checkViewDefinition(deps.db, actor.orgId, input.definition)
      : undefined;
    return transact(deps, actor, async (tx, emit) => {
      const row = await getEditableRow(tx, person, id);
      const visibility = input.visibility ?? (row.visibility as SavedViewVisibility);
      if (visibility !== row.visibility) assertMayPublish(person, visibility);
      const before = toSavedView(person, row);
      const saved = await updateViewRow(tx, actor.orgId, id, input.version, {
        name: input.name ?? row.name,
        visibility,
        teamId: teamFor(person, visibility, row.visibility === 'team' ? row.team_id : null),
        definition: definition ?? row.definition,
      });
      if (!saved) throw staleVersion('saved view', before);
      const after = toSavedView(person, (await findViewRow(tx, actor.orgId, id))!);
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'saved_view',
        entityId: id,
        before: auditable(before),
        after: auditable(after),
      });
      emit({ entityType: 'saved_views', entityId: id, action: 'update', permission: 'customers.read' });
      return after;
    });
  },

  async deleteSavedView(actor: Actor, id: string) {
    const person = personOf(actor);
    await transact(deps, actor, async (tx, emit) => {
      const row = await getEditableRow(tx, person, id);
      await deleteViewRow(tx, actor.orgId, id);
      await writeAudit(tx, actor, {
        action: 'delete',
        entityType: 'saved_view',
        entityId: id,
        before: auditable(toSavedView(person, row)),
      });
      emit({ entityType: 'saved_views', entityId: id, action: 'delete', permission: 'customers.read' });
    });
  },
});

export type SavedViewsService = ReturnType<typeof createSavedViewsService>;
