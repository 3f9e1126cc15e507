import type { ImportMapping } from '../../../../shared/contracts/imports';
import { AppError } from '../../../../shared/errors';
import type { Actor } from '../../../platform/actor';
import { writeAudit } from '../../../platform/audit';
import type { Deps } from '../../../platform/deps';
import { newId } from '../../../platform/ids';
import { iso } from '../../../platform/time';
import { transact } from '../../../platform/transaction';
import { deleteTemplateRow, listTemplateRows, upsertTemplate, type TemplateRow } from './import.queries';

const toTemplate = (row: TemplateRow) => ({
  id: row.id,
  name: row.name,
  mapping: row.mapping,
  createdAt: iso(row.created_at),
});

/** Saved mappings: header → field, reused when a file with the same columns comes again. */
export const createImportTemplatesService = (deps: Deps) => ({
  async listTemplates(actor: Actor) {
    return { data: (await listTemplateRows(deps.db, actor.orgId)).map(toTemplate) };
  },

  /** Saves under a name; a template of the same name (any case) is replaced. */
  async saveTemplate(actor: Actor, input: { name: string; mapping: ImportMapping }) {
    return transact(deps, actor, async (tx, emit) => {
      const row = await upsertTemplate(tx, {
        org_id: actor.orgId,
        id: newId(),
        entity: 'customers',
        name: input.name,
        mapping: JSON.stringify(input.mapping),
        created_by: actor.userId,
      });
      await writeAudit(tx, actor, {
        action: 'save',
        entityType: 'import_template',
        entityId: row.id,
        after: { name: row.name, mapping: row.mapping },
      });
      emit({
        entityType: 'import-templates',
        entityId: row.id,
        action: 'update',
        permission: 'customers.import',
      });
      return toTemplate(row);
    });
  },

  async deleteTemplate(actor: Actor, id: string) {
    await transact(deps, actor, async (tx, emit) => {
      if (!(await deleteTemplateRow(tx, actor.orgId, id)))
        throw new AppError('NOT_FOUND', `Import template ${id} not found`);
      await writeAudit(tx, actor, {
        action: 'delete',
        entityType: 'import_template',
        entityId: id,
        changes: {},
      });
      emit({
        entityType: 'import-templates',
        entityId: id,
        action: 'delete',
        permission: 'customers.import',
      });
    });
  },
});

export type ImportTemplatesService = ReturnType<typeof createImportTemplatesService>;
