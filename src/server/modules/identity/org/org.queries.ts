import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, OrgsTable } from '../../../db/schema';
import type { Org } from '../../../../shared/contracts/orgs';
import { iso } from '../../../platform/time';

export type OrgRow = Selectable<OrgsTable>;

export const toOrg = (row: OrgRow): Org => ({
  id: row.id,
  name: row.name,
  timeZone: row.time_zone,
  currency: row.currency.trim(),
  country: row.country.trim(),
  language: row.language as Org['language'],
  version: row.version,
  createdAt: iso(row.created_at),
});

export const findOrg = (db: Kysely<DB>, id: string) =>
  db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();

export const countOrgs = async (db: Kysely<DB>): Promise<number> =>
  Number(
    (
      await db
        .selectFrom('orgs')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertOrg = (db: Kysely<DB>, org: Insertable<OrgsTable>) =>
  db.insertInto('orgs').values(org).returningAll().executeTakeFirstOrThrow();

/** Updates only if `version` is current; returns undefined when it is stale. */
export const updateOrgRow = (db: Kysely<DB>, id: string, version: number, patch: Updateable<OrgsTable>) =>
  db
    .updateTable('orgs')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
