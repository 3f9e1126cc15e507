import { Command, InvalidArgumentError } from 'commander';
import type { CohortPeriod } from '../../shared/analytics/cohorts';
import { acceptedDateFormats, parseDay } from '../../shared/analytics/day-number';
import type { TimeUnit } from '../../shared/analytics/transactions';
import { cohortReport, describeCohorts } from './analytics-cohorts';
import { analyticsRefreshCommand } from './analytics-refresh';
import { readPurchaseFile } from './analytics-csv';
import { describeFit, fitPurchaseModels } from './analytics-fit';

type FileOptions = {
  transactions: string;
  customerCol: string;
  dateCol: string;
  delimiter: string;
  json?: boolean;
};
type FitOptions = FileOptions & {
  amountCol: string;
  calibrationEnd: number;
  timeUnit: TimeUnit;
  holdoutDays?: number;
};
type CohortOptions = FileOptions & { amountCol?: string; period: CohortPeriod };

const oneOf =
  <T extends string>(allowed: readonly T[], option: string) =>
  (value: string): T => {
    if (!allowed.includes(value as T))
      throw new InvalidArgumentError(`${option} must be one of ${allowed.join(', ')}.`);
    return value as T;
  };

const day = (value: string) => {
  const parsed = parseDay(value);
  if (parsed === null) throw new InvalidArgumentError(`not a date; use ${acceptedDateFormats}.`);
  return parsed;
};

const wholeDays = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number of days ≥ 0.');
  return Number(value);
};

const delimiter = (value: string) => (value === 'tab' || value === '\\t' ? '\t' : value);

/** The options every analytics subcommand reads a purchase file with. */
const withFileOptions = (command: Command) =>
  command
    .requiredOption('--transactions <file>', 'CSV of purchases, one row per purchase, with a header line')
    .requiredOption('--customer-col <name>', 'header of the customer id column')
    .requiredOption('--date-col <name>', `header of the purchase date column (${acceptedDateFormats})`)
    .option('--delimiter <char>', 'field separator: , ; or tab', delimiter, ',')
    .option('--json', 'print the result as JSON');

/**
 * `kehu analytics`: Kehu's customer models on any purchase file, without a database (`fit` and
 * `cohorts` never open one), and `refresh`, which scores the customers in the database.
 */
export const analyticsCommand = () => {
  const command = new Command('analytics').description('customer analytics on a purchase file');
  withFileOptions(
    command
      .command('fit')
      .description('fit BG/NBD (purchases, dropout) and Gamma-Gamma (spend) to a purchase file'),
  )
    .requiredOption('--amount-col <name>', 'header of the purchase amount column (≥ 0)')
    .requiredOption('--calibration-end <date>', 'last day of the calibration period (inclusive)', day)
    .option('--time-unit <unit>', 'day or week', oneOf(['day', 'week'] as const, '--time-unit'), 'week')
    .option(
      '--holdout-days <n>',
      'days after the calibration end to compare predictions with (default: to the last purchase)',
      wholeDays,
    )
    .action(async (o: FitOptions) => {
      const { history } = await readPurchaseFile({ ...o, file: o.transactions });
      const report = fitPurchaseModels(history, o);
      console.log(o.json ? JSON.stringify(report, null, 2) : describeFit(report));
    });
  withFileOptions(
    command
      .command('cohorts')
      .description('acquisition cohorts: customers active in each period since their first purchase'),
  )
    .option('--amount-col <name>', 'header of the amount column, to add revenue per period')
    .option(
      '--period <period>',
      'week, month or quarter',
      oneOf(['week', 'month', 'quarter'] as const, '--period'),
      'month',
    )
    .action(async (o: CohortOptions) => {
      const { history } = await readPurchaseFile({ ...o, file: o.transactions });
      const report = cohortReport(history, o.period, o.amountCol !== undefined);
      console.log(o.json ? JSON.stringify(report, null, 2) : describeCohorts(report.cohorts, o.period));
    });
  command.addCommand(analyticsRefreshCommand());
  return command;
};
