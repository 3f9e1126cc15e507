import { Command } from 'commander';
import { analyticsCommand } from './commands/analytics';
import { backupCommand, restoreCommand } from './commands/backup';
import { createAdminCommand } from './commands/create-admin';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { migrateCommand } from './commands/migrate';
import { rollupsCommand } from './commands/rollups';
import { serveCommand } from './commands/serve';
import { kehuVersion } from './version';

const program = new Command()
  .name('kehu')
  .description('Kehu (客户) — self-hosted customer management with analytics built in')
  .version(kehuVersion(), '-v, --version');

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(createAdminCommand());
program.addCommand(exportCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(importCommand());
program.addCommand(analyticsCommand());
program.addCommand(rollupsCommand());
program.addCommand(demoCommand());
program
  .command('version')
  .description('print the Kehu version')
  .action(() => console.log(kehuVersion()));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`kehu: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
