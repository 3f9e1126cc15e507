import type { Kysely } from 'kysely';
import type { DB } from '../../server/db/schema';

/** The organisation to import into: --org (id or name), else the only one there is. */
export const pickOrg = async (db: Kysely<DB>, wanted: string | undefined): Promise<string> => {
  const orgs = await db.selectFrom('orgs').select(['id', 'name']).orderBy('created_at').execute();
  if (orgs.length === 0)
    throw new Error('There is no organisation yet; create one with kehu create-admin first.');
  if (wanted) {
    const org = orgs.find((o) => o.id === wanted || o.name === wanted);
    if (!org)
      throw new Error(
        `No organisation ${wanted}; there are: ${orgs.map((o) => `${o.name} (${o.id})`).join(', ')}`,
      );
    return org.id;
  }
  if (orgs.length > 1)
    throw new Error(
      `There are ${orgs.length} organisations; choose one with --org: ${orgs.map((o) => `${o.name} (${o.id})`).join(', ')}`,
    );
  return orgs[0]!.id;
};
