import { sql } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { CustomFieldCreate, CustomFieldUpdate } from '../../../../shared/contracts/custom-fields';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import { staleVersion } from '../../../platform/concurrency';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { transact } from '../../../platform/transaction';
import {
  customFieldKeyTaken,
  findCustomField,
  listCustomFieldRows,
  nextCustomFieldPosition,
  toCustomField,
} from './custom-fields.queries';

const needsOptions = (type: string) => type === 'select' || type === 'multi_select';

const optionsProblem = (type: string, options: readonly string[]) => {
  if (needsOptions(type) && options.length === 0)
    return new AppError('INVALID_INPUT', 'A select field needs at least one option.', {
      issues: [{ path: 'body.options', message: 'must list at least one option' }],
    });
  if (!needsOptions(type) && options.length > 0)
    return new AppError('INVALID_INPUT', `A ${type} field has no options.`, {
      issues: [{ path: 'body.options', message: 'must be empty for this type' }],
    });
  if (new Set(options).size !== options.length)
    return new AppError('INVALID_INPUT', 'Options must be different from each other.', {
      issues: [{ path: 'body.options', message: 'has the same option twice' }],
    });
  return null;
};

export const createCustomFieldsService = (deps: Deps) => ({
  async listCustomFields(actor: Actor) {
    return { data: (await listCustomFieldRows(deps.db, actor.orgId)).map(toCustomField) };
  },

  /** Throws CONFLICT when the key is taken (keys are never reused: stored values keep them). */
  async createCustomField(actor: Actor, input: CustomFieldCreate) {
    const problem = optionsProblem(input.type, input.options);
    if (problem) throw problem;
    return transact(deps, actor, async (tx, emit) => {
      if (await customFieldKeyTaken(tx, actor.orgId, input.key))
        throw new AppError('CONFLICT', `A custom field with key ${input.key} already exists.`, {
          issues: [{ path: 'body.key', message: 'already used' }],
        });
      const id = newId();
      await tx
        .insertInto('custom_fields')
        .values({
          org_id: actor.orgId,
          id,
          key: input.key,
          label: input.label,
          type: input.type,
          options: input.options,
          required: input.required,
          position: await nextCustomFieldPosition(tx, actor.orgId),
        })
        .execute();
      const field = toCustomField((await findCustomField(tx, actor.orgId, id))!);
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'custom_field',
        entityId: id,
        after: field,
      });
      emit({ entityType: 'custom_fields', entityId: id, action: 'create', permission: 'customers.read' });
      return field;
    });
  },

  /** The key and type never change; options may grow or shrink (stored values are kept). */
  async updateCustomField(actor: Actor, id: string, input: CustomFieldUpdate) {
    return transact(deps, actor, async (tx, emit) => {
      const before = await findCustomField(tx, actor.orgId, id);
      if (!before) throw new AppError('NOT_FOUND', `Custom field ${id} not found`);
      const problem = input.options ? optionsProblem(before.type, input.options) : null;
      if (problem) throw problem;
      const done = await tx
        .updateTable('custom_fields')
        .set({
          label: input.label ?? before.label,
          options: input.options ?? before.options,
          required: input.required ?? before.required,
          position: input.position ?? before.position,
          archived_at: input.archived === undefined ? before.archived_at : input.archived ? new Date() : null,
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw staleVersion('custom field', toCustomField(before));
      const after = toCustomField((await findCustomField(tx, actor.orgId, id))!);
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'custom_field',
        entityId: id,
        before: toCustomField(before),
        after,
      });
      emit({ entityType: 'custom_fields', entityId: id, action: 'update', permission: 'customers.read' });
      return after;
    });
  },
});

export type CustomFieldsService = ReturnType<typeof createCustomFieldsService>;
