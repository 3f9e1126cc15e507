import { Command } from 'commander';
import { createWriteStream, rmSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { CustomerExportQuerySchema } from '../../shared/contracts/exports';
import { AppError } from '../../shared/errors';
import type { DB } from '../../server/db/schema';
import { createKehu } from '../../server/kehu';
import { systemActor } from '../../server/platform/actor';
import { withDatabase } from '../with-database';

type Options = {
  out: string;
  format?: string;
  filter?: string;
  segment?: string;
  q?: string;
  sort?: string;
  columns?: string;
  reveal?: boolean;
  org?: string;
};

/** The organisation to export from: the one given, or the only one there is. */
const pickOrg = async (db: Kysely<DB>, wanted: string | undefined) => {
  const orgs = await db.selectFrom('orgs').select(['id', 'name']).orderBy('created_at').execute();
  if (wanted) {
    const org = orgs.find((o) => o.id === wanted || o.name === wanted);
    if (!org) throw new Error(`--org: no organisation ${wanted}`);
    return org.id;
  }
  if (orgs.length === 1) return orgs[0]!.id;
  if (orgs.length === 0) throw new Error('There is no organisation yet; run kehu create-admin first.');
  throw new Error(`--org: choose one of ${orgs.map((o) => `${o.id} (${o.name})`).join(', ')}`);
};

/** AppError issues as the CLI's options: `querystring.filter` → `--filter`. */
const describe = (error: AppError) => {
  const issues = (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues;
  if (!issues?.length) return error.message;
  const option = (path: string) =>
    `--${
      path
        .replace(/^querystring\./, '')
        .replace(/^segmentId/, 'segment')
        .split('.')[0]
    }`;
  return issues.map((i) => `${option(i.path)}: ${i.message}`).join('\n');
};

export const exportCommand = () => {
  const command = new Command('export').description('write data out to a file');
  command
    .command('customers')
    .description(
      'export customers to CSV or Excel, as Kehu itself (phones and emails masked unless --reveal)',
    )
    .requiredOption('--out <file>', 'where to write: a .csv or .xlsx file')
    .option('--format <format>', 'csv or xlsx (default: from the --out extension)')
    .option('--filter <json>', 'a filter tree, as the API takes it')
    .option('--segment <id>', 'only the customers of this segment')
    .option('--q <text>', 'search by name, phone, email or pinyin')
    .option('--sort <keys>', 'sort keys, - for descending: -revenue,name')
    .option('--columns <keys>', 'column keys, comma separated (default: all)')
    .option('--reveal', 'write phones and emails in full (recorded in the audit log)')
    .option('--org <id>', 'organisation id or name, when there are several')
    .action((o: Options) =>
      withDatabase(async (database, config) => {
        const query = CustomerExportQuerySchema.safeParse({
          format: o.format ?? (extname(o.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv'),
          filter: o.filter,
          segmentId: o.segment,
          q: o.q,
          sort: o.sort,
          columns: o.columns,
          reveal: o.reveal ? 'true' : undefined,
        });
        if (!query.success)
          throw new Error(
            query.error.issues
              .map((i) => `--${String(i.path[0]).replace('segmentId', 'segment')}: ${i.message}`)
              .join('\n'),
          );
        const kehu = await createKehu({ ...config, jobsEnabled: false }, { database });
        const out = resolve(o.out);
        try {
          const orgId = await pickOrg(database.db, o.org);
          const file = await kehu.modules.customers.exports.exportCustomers(
            systemActor(orgId, 'Kehu CLI'),
            query.data,
          );
          await pipeline(file.stream, createWriteStream(out)).catch((error: unknown) => {
            rmSync(out, { force: true });
            throw error;
          });
          console.log(`Exported ${file.rows} customers to ${o.out}.`);
        } catch (error) {
          if (error instanceof AppError) throw new Error(describe(error));
          throw error;
        } finally {
          await kehu.app.close();
          await kehu.deps.events.close();
        }
      }),
    );
  return command;
};
