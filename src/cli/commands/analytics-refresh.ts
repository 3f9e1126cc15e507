import { Command } from 'commander';
import { refreshAnalytics } from '../../server/modules/analytics/index';
import { withDatabase } from '../with-database';
import { pickOrg } from './pick-org';

/**
 * `kehu analytics refresh [--org ID]`: scores every customer and rebuilds the dashboard now,
 * the same work as the nightly job, with a progress line. On the embedded database it goes
 * through the running server's socket when the server is up.
 */
export const analyticsRefreshCommand = () =>
  new Command('refresh')
    .description('score every customer (RFM, CLV, P(alive), lifecycle) and rebuild the analytics dashboard')
    .option('--org <id>', 'the organisation (id or name); needed when there are several')
    .action((opts: { org?: string }) =>
      withDatabase(async (database) => {
        const orgId = await pickOrg(database.db, opts.org);
        const started = Date.now();
        const result = await refreshAnalytics(database.db, orgId, {
          progress: async (percent, message) => {
            if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${percent}% ${message}`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (result.status === 'skipped') throw new Error(`not refreshed: ${result.reason}`);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(
          `${orgId}: scored ${result.customers} customers (${result.buyers} buyers) as of ${result.asOf} in ${seconds} s`,
        );
        console.log(`  BG/NBD: ${result.bgnbd}`);
        console.log(`  Gamma-Gamma: ${result.gammaGamma}`);
      }),
    );
