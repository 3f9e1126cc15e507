import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoreBackup, writeBackup } from '../../server/db/backup';
import { withDatabase } from '../with-database';

export const backupCommand = () =>
  new Command('backup')
    .argument('<file>', 'where to write the backup (.kehu.gz)')
    .description('write a consistent snapshot of all data; safe while the server runs')
    .action((file: string) =>
      withDatabase(async (database) => {
        const started = Date.now();
        const { tables, rows } = await writeBackup(database.db, resolve(file));
        console.log(
          `Backed up ${rows} rows from ${tables} tables to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
      }),
    );

export const restoreCommand = () =>
  new Command('restore')
    .argument('<file>', 'a file written by kehu backup')
    .description('load a backup into an empty data directory or database')
    .action((file: string) => {
      if (!existsSync(file)) throw new Error(`No such file: ${file}`);
      return withDatabase(async (database) => {
        const { rows } = await restoreBackup(database.db, resolve(file));
        console.log(`Restored ${rows} rows from ${file}.`);
      });
    });
