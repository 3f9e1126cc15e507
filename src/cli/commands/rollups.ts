import { Command } from 'commander';
import { rebuildPurchaseRollups } from '../../server/modules/orders/index';
import { withDatabase } from '../with-database';

/** `kehu rollups rebuild`: recompute every customer's purchase metrics from the orders. */
export const rollupsCommand = () =>
  new Command('rollups').description('per-customer purchase metrics').addCommand(
    new Command('rebuild')
      .description("recompute every customer's purchase metrics from the orders")
      .option('--org <id>', 'only this organisation (default: all)')
      .action((opts: { org?: string }) =>
        withDatabase(async (database) => {
          const orgs = opts.org
            ? [{ id: opts.org }]
            : await database.db.selectFrom('orgs').select('id').orderBy('created_at').execute();
          if (opts.org && !/^[0-9a-f-]{36}$/i.test(opts.org))
            throw new Error('--org: must be an organisation id (UUID)');
          if (
            opts.org &&
            !(await database.db.selectFrom('orgs').select('id').where('id', '=', opts.org).executeTakeFirst())
          )
            throw new Error(`--org: no organisation has id ${opts.org}`);
          for (const org of orgs) {
            const started = Date.now();
            const done = await rebuildPurchaseRollups(database.db, org.id, (n) => {
              if (process.stderr.isTTY) process.stderr.write(`\r${org.id}: ${n} customers`);
            });
            if (process.stderr.isTTY) process.stderr.write('\n');
            console.log(
              `${org.id}: recomputed ${done} customers in ${((Date.now() - started) / 1000).toFixed(1)} s`,
            );
          }
        }),
      ),
  );
