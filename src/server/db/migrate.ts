import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index';

/** Applies pending migrations; throws with the failing migration's name. */
export const migrateToLatest = async (db: Kysely<unknown>): Promise<string[]> => {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'kehu_migrations',
    migrationLockTableName: 'kehu_migrations_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error)
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
};
