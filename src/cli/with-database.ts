import { loadConfig, type Config } from '../server/config';
import { openDatabase, type Database } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';

/**
 * Runs a command against the configured database. In embedded mode, if the server is running
 * the command goes through the server's socket; otherwise it opens the data directory itself.
 */
export const withDatabase = async <T>(
  work: (database: Database, config: Config) => Promise<T>,
  opts = { migrate: true },
): Promise<T> => {
  const config = loadConfig();
  const database = await openDatabase(config, { serve: false });
  try {
    if (opts.migrate) await migrateToLatest(database.db as never);
    return await work(database, config);
  } finally {
    await database.close();
  }
};
