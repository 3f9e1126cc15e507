import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import {
  ImportTargetSchema,
  importMatchKeys,
  importOnMatch,
  type ImportMapping,
  type ImportMatchKey,
  type ImportOnMatch,
} from '../../shared/contracts/imports';
import { AppError } from '../../shared/errors';
import { createKehu } from '../../server/kehu';
import { systemActor } from '../../server/platform/actor';
import { importCustomerFile } from '../../server/modules/customers/index';
import { withDatabase } from '../with-database';
import { progressLine } from './import-progress';
import { importOrdersCommand } from './import-orders';
import { pickOrg } from './pick-org';

type Options = {
  org?: string;
  map: string[];
  template?: string;
  dryRun?: boolean;
  goodRowsOnly?: boolean;
  onMatch: ImportOnMatch;
  matchBy: ImportMatchKey[];
  json?: boolean;
};

const collect = (value: string, all: string[]) => [...all, value];

const oneOf =
  <T extends string>(allowed: readonly T[], what: string) =>
  (value: string): T => {
    if (!allowed.includes(value as T))
      throw new InvalidArgumentError(`${what} must be one of ${allowed.join(', ')}.`);
    return value as T;
  };

const matchKeys = (value: string): ImportMatchKey[] =>
  value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map(oneOf(importMatchKeys, 'Each key'));

/** `--map 手机=phones --map 备注=-`: header → field, `-` or nothing to leave the column out. */
const mappingOf = (pairs: string[]): ImportMapping =>
  Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.lastIndexOf('=');
      if (at <= 0) throw new Error(`--map ${pair}: write it as header=field, e.g. --map 手机=phones`);
      const field = pair.slice(at + 1).trim();
      if (!field || field === '-' || field === 'null') return [pair.slice(0, at), null];
      if (!ImportTargetSchema.safeParse(field).success)
        throw new Error(
          `--map ${pair}: ${field} is not a customer field (name, phones, emails, custom.<key> …)`,
        );
      return [pair.slice(0, at), field];
    }),
  );

const importCustomers = (file: string, o: Options) =>
  withDatabase(async (database, config) => {
    const path = resolve(file);
    if (!existsSync(path)) throw new Error(`No such file: ${file}`);
    const mapping = mappingOf(o.map);
    const kehu = await createKehu({ ...config, jobsEnabled: false }, { database });
    const progress = progressLine(process.stderr, !o.json);
    try {
      const actor = systemActor(await pickOrg(database.db, o.org), 'kehu import (command line)');
      const {
        upload,
        mapping: used,
        result,
      } = await importCustomerFile(kehu.deps, actor, path, {
        mapping,
        template: o.template,
        dryRun: !!o.dryRun,
        loadGoodRowsOnly: !!o.goodRowsOnly,
        onMatch: o.onMatch,
        matchBy: o.matchBy,
        onUploaded: (u, m) => progress.uploaded(u, m),
        onProgress: (p) => progress.update(p),
      });
      progress.done();
      const problems = await kehu.modules.customers.imports.findProblems(actor, result.id, { limit: 200 });
      const failed = result.status !== 'done' || (result.dry_run && result.error_count > 0);
      if (failed) process.exitCode = 1;
      if (o.json) {
        const summary = (await kehu.modules.customers.imports.getImport(actor, result.id)) as Record<
          string,
          unknown
        >;
        delete summary.preview;
        delete summary.fields;
        console.log(JSON.stringify({ import: summary, mapping: used, problems: problems.data }, null, 2));
        return;
      }
      progress.summary(upload.import.fileName, result, problems.data, !!problems.nextCursor);
    } catch (error) {
      if (error instanceof AppError) throw new Error(error.message);
      throw error;
    } finally {
      progress.done();
      await kehu.app.close();
      await kehu.deps.events.close();
    }
  });

export const importCommand = () => {
  const command = new Command('import').description('import records from a file');
  command
    .command('customers')
    .argument('<file>', 'CSV (UTF-8 with or without BOM, or GB18030/GBK) or Excel .xlsx')
    .description('import customers: columns are mapped by their headers, every row is checked first')
    .option('--org <id>', 'organisation id or name (needed when there are several)')
    .option(
      '--map <header=field>',
      'map a column to a field, e.g. 手机=phones; - leaves it out (repeatable)',
      collect,
      [],
    )
    .option('--template <name>', 'use a saved import template’s mapping')
    .option('--dry-run', 'check every row and report, writing no customer')
    .option('--good-rows-only', 'load the good rows even when some rows have problems')
    .option(
      '--on-match <policy>',
      `when a row matches a customer: ${importOnMatch.join(', ')}`,
      oneOf(importOnMatch, '--on-match'),
      'update',
    )
    .option('--match-by <keys>', `keys to match on, in order: ${importMatchKeys.join(',')}`, matchKeys, [
      ...importMatchKeys,
    ])
    .option('--json', 'print the result as JSON')
    .action(importCustomers);
  command.addCommand(importOrdersCommand());
  return command;
};
