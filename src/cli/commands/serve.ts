import { Command } from 'commander';
import { serve } from '../../server/main';

export const serveCommand = () =>
  new Command('serve')
    .description('run the Kehu server (PORT, DATABASE_URL … from the environment)')
    .action(() => serve());
