import { Command, InvalidArgumentError } from 'commander';
import {
  DEMO_DEFAULT_CUSTOMERS,
  DEMO_DEFAULT_SEED,
  DEMO_MAX_CUSTOMERS,
} from '../../shared/demo/demo.contract';
import { DEMO_BGNBD, DEMO_GAMMA_GAMMA, DEMO_WINDOW_WEEKS } from '../../shared/demo/purchase-process';
import { AppError } from '../../shared/errors';
import { loadDemoData } from '../../server/modules/demo/index';
import { withDatabase } from '../with-database';
import { pickOrg } from './pick-org';

type Options = { customers: number; org?: string; seed: number; json?: boolean };

const wholeNumber = (what: string, min: number, max: number) => (value: string) => {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(
      `${what} must be a whole number from ${min} to ${max.toLocaleString('en-US')}.`,
    );
  return n;
};

const n = (value: number) => value.toLocaleString('en-US');

const parameters = () =>
  `BG/NBD (weeks) r=${DEMO_BGNBD.r} α=${DEMO_BGNBD.alpha} a=${DEMO_BGNBD.a} b=${DEMO_BGNBD.b}; ` +
  `Gamma-Gamma (CNY) p=${DEMO_GAMMA_GAMMA.p} q=${DEMO_GAMMA_GAMMA.q} γ=${DEMO_GAMMA_GAMMA.gamma}; ` +
  `first purchases spread over ${DEMO_WINDOW_WEEKS} weeks`;

/** `kehu demo`: fill an organisation with demo customers, products and orders. */
export const demoCommand = () =>
  new Command('demo')
    .description('fill an organisation with realistic demo customers, products and orders')
    .option(
      '--customers <n>',
      `how many customers (up to ${n(DEMO_MAX_CUSTOMERS)})`,
      wholeNumber('--customers', 1, DEMO_MAX_CUSTOMERS),
      DEMO_DEFAULT_CUSTOMERS,
    )
    .option('--org <id>', 'organisation id or name (default: the only one)')
    .option(
      '--seed <s>',
      'random seed: the same seed gives the same data; a run with a seed already loaded adds only what is missing',
      wholeNumber('--seed', 0, 2_147_483_647),
      DEMO_DEFAULT_SEED,
    )
    .option('--json', 'print the summary as JSON')
    .action((o: Options) =>
      withDatabase(async (database) => {
        const orgId = await pickOrg(database.db, o.org);
        const tty = !o.json && process.stderr.isTTY;
        try {
          const summary = await loadDemoData(
            database.db,
            orgId,
            { customers: o.customers, seed: o.seed, requestedBy: 'kehu demo (command line)' },
            (done, total) => {
              if (tty) process.stderr.write(`\rloading demo customers: ${n(done)} / ${n(total)}  `);
            },
          );
          if (tty) process.stderr.write('\n');
          if (o.json) {
            console.log(JSON.stringify({ orgId, ...summary }, null, 2));
            return;
          }
          console.log(
            `${n(summary.customers)} demo customers loaded (seed ${summary.seed}; ${n(summary.skipped)} were already there), ` +
              `${n(summary.orders)} orders with ${n(summary.lines)} lines, ${n(summary.products)} products, ` +
              `${n(summary.owners)} owners · ${summary.seconds.toFixed(1)} s`,
          );
          console.log(`Purchase process: ${parameters()}.`);
          console.log('Score them for the analytics dashboard with: kehu analytics refresh');
        } catch (error) {
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      }),
    );
