import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { ImportRow } from '../../customers/index';

export const findOrderImportRow = (
  db: Kysely<DB>,
  orgId: string,
  id: string,
): Promise<ImportRow | undefined> =>
  db
    .selectFrom('imports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('entity', '=', 'orders')
    .executeTakeFirst();
