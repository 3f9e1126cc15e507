import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { orderImportFields, type OrderImportMapping } from '../../shared/contracts/order-imports';
import { AppError } from '../../shared/errors';
import { createKehu } from '../../server/kehu';
import { systemActor } from '../../server/platform/actor';
import { importOrderFile } from '../../server/modules/orders/index';
import { withDatabase } from '../with-database';
import { pickOrg } from './pick-org';

type Options = {
  org?: string;
  map: string[];
  dryRun?: boolean;
  goodRowsOnly?: boolean;
  createCustomers?: boolean;
  createProducts?: boolean;
  channel: string;
  json?: boolean;
};

const collect = (value: string, all: string[]) => [...all, value];

const mappingOf = (pairs: string[]): OrderImportMapping =>
  Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.lastIndexOf('=');
      if (at <= 0) throw new Error(`--map ${pair}: write it as header=field, e.g. --map 订单号=orderId`);
      const field = pair.slice(at + 1).trim();
      if (!field || field === '-') return [pair.slice(0, at), null];
      if (!(orderImportFields as readonly string[]).includes(field))
        throw new Error(`--map ${pair}: ${field} is not an order field (${orderImportFields.join(', ')})`);
      return [pair.slice(0, at), field];
    }),
  ) as OrderImportMapping;

const n = (value: number) => value.toLocaleString('en-US');

const importOrders = (file: string, o: Options) =>
  withDatabase(async (database, config) => {
    const path = resolve(file);
    if (!existsSync(path)) throw new Error(`No such file: ${file}`);
    const kehu = await createKehu({ ...config, jobsEnabled: false }, { database });
    const started = Date.now();
    const tty = !o.json && process.stderr.isTTY;
    try {
      const actor = systemActor(await pickOrg(database.db, o.org), 'kehu import (command line)');
      const { result, mapping } = await importOrderFile(kehu.deps, actor, path, {
        mapping: mappingOf(o.map),
        dryRun: !!o.dryRun,
        loadGoodRowsOnly: !!o.goodRowsOnly,
        createCustomers: !!o.createCustomers,
        createProducts: !!o.createProducts,
        channel: o.channel,
        onUploaded: (headers, used) => {
          if (o.json) return;
          for (const header of headers)
            process.stderr.write(`  ${header} → ${used[header] ?? '(left out)'}\n`);
        },
        onProgress: (p) => {
          if (tty)
            process.stderr.write(
              `\r${p.status === 'validating' ? 'checking' : 'loading'} ${n(p.processed)} rows  `,
            );
        },
      });
      if (tty) process.stderr.write('\n');
      const problems = await kehu.modules.orders.imports.listProblems(actor, result.id, 200);
      if (result.status !== 'done') process.exitCode = 1;
      const seconds = (Date.now() - started) / 1000;
      if (o.json) {
        console.log(JSON.stringify({ import: result, mapping, seconds, problems }, null, 2));
        return;
      }
      console.log(
        `${result.status}: ${n(result.createdCount)} orders created, ${n(result.updatedCount)} refunds from returns, ` +
          `${n(result.skippedCount)} already imported, ${n(result.errorCount)} rows with problems · ${n(result.processedRows)} rows in ${seconds.toFixed(1)} s`,
      );
      for (const p of problems.slice(0, 20))
        console.log(
          `  line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.reason}${p.value ? ` (${p.value})` : ''}`,
        );
      if (result.errorCount > 20)
        console.log(`  … and more; see GET /api/v1/order-imports/${result.id}/problems`);
      if (result.status === 'failed_validation')
        console.log('Nothing was loaded. Fix the rows above, or add --good-rows-only to load the others.');
    } catch (error) {
      if (error instanceof AppError) throw new Error(error.message);
      throw error;
    } finally {
      await kehu.app.close();
      await kehu.deps.events.close();
    }
  });

export const importOrdersCommand = () =>
  new Command('orders')
    .argument('<file>', 'CSV (optionally .csv.gz) or Excel .xlsx: one row per order line')
    .description('import orders: lines of one order share its order id; returns become refunds')
    .option('--org <id>', 'organisation id or name (needed when there are several)')
    .option(
      '--map <header=field>',
      `map a column to a field (${orderImportFields.join(', ')}); - leaves it out`,
      collect,
      [],
    )
    .option('--dry-run', 'check every row and report, writing nothing')
    .option('--good-rows-only', 'load the good rows even when some rows have problems')
    .option('--create-customers', 'create customers the file names by an unknown customer id')
    .option('--create-products', 'create products for unknown SKUs')
    .option('--channel <key>', 'sales channel for lines that name none', 'online_store')
    .option('--json', 'print the result as JSON')
    .action(importOrders);
