import type { Kysely, Selectable } from 'kysely';
import type { CustomFieldsTable, DB } from '../../../db/schema';
import type { CustomField } from '../../../../shared/contracts/custom-fields';
import type { CustomFieldRule } from '../../../../shared/customers/custom-values';

export type CustomFieldRow = Selectable<CustomFieldsTable>;

export const listCustomFieldRows = (db: Kysely<DB>, orgId: string): Promise<CustomFieldRow[]> =>
  db
    .selectFrom('custom_fields')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();

export const findCustomField = (db: Kysely<DB>, orgId: string, id: string) =>
  db
    .selectFrom('custom_fields')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export const customFieldKeyTaken = async (db: Kysely<DB>, orgId: string, key: string) =>
  !!(await db
    .selectFrom('custom_fields')
    .select('id')
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .executeTakeFirst());

export const nextCustomFieldPosition = async (db: Kysely<DB>, orgId: string) => {
  const row = await db
    .selectFrom('custom_fields')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
};

export const toCustomField = (row: CustomFieldRow): CustomField => ({
  id: row.id,
  key: row.key,
  label: row.label,
  type: row.type as CustomField['type'],
  options: row.options,
  required: row.required,
  position: row.position,
  archived: row.archived_at !== null,
  version: row.version,
  createdAt: row.created_at.toISOString(),
});

/** The rules values are checked against: active fields only. */
export const toCustomRules = (rows: readonly CustomFieldRow[]): CustomFieldRule[] =>
  rows
    .filter((r) => !r.archived_at)
    .map((r) => ({
      key: r.key,
      label: r.label,
      type: r.type as CustomFieldRule['type'],
      options: r.options,
      required: r.required,
    }));
