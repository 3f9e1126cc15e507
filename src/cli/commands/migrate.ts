import { Command } from 'commander';
import { migrateToLatest } from '../../server/db/migrate';
import { withDatabase } from '../with-database';

export const migrateCommand = () =>
  new Command('migrate').description('apply pending database migrations').action(() =>
    withDatabase(
      async (database) => {
        const applied = await migrateToLatest(database.db as never);
        console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
      },
      { migrate: false },
    ),
  );
