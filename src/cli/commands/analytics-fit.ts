import { fitBgNbd } from '../../shared/analytics/bgnbd';
import { totalExpectedPurchases } from '../../shared/analytics/bgnbd-predict';
import { formatDay } from '../../shared/analytics/day-number';
import { fitQuality } from '../../shared/analytics/fit-quality';
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  spendIndependence,
} from '../../shared/analytics/gamma-gamma';
import { toColumns } from '../../shared/analytics/summary-columns';
import {
  summariseTransactions,
  type PurchaseHistory,
  type TimeUnit,
} from '../../shared/analytics/transactions';

export type FitOptions = { calibrationEnd: number; timeUnit: TimeUnit; holdoutDays?: number };

const daysPer: Record<TimeUnit, number> = { day: 1, week: 7 };
const customersCount = (n: number) => `${n} ${n === 1 ? 'customer' : 'customers'}`;

/**
 * Fits BG/NBD and Gamma-Gamma to a purchase history and reports them as `kehu analytics fit`
 * prints them. Throws, with the model's own plain reason, when either cannot be fitted.
 */
export const fitPurchaseModels = (history: PurchaseHistory, o: FitOptions) => {
  let summary;
  try {
    summary = summariseTransactions(history, o);
  } catch (error) {
    if (error instanceof RangeError) throw new Error(error.message.replace(/^the/, 'The'));
    throw error;
  }
  const { customers } = summary;
  const columns = toColumns(customers);
  const bgnbd = fitBgNbd(columns);
  if (!bgnbd.ok) throw new Error(bgnbd.reason);
  const repeaters = customers.filter((c) => c.x > 0);
  const spend = repeaters.map((c) => ({ x: c.x, zbar: c.monetary }));
  const gammaGamma = fitGammaGamma(spend);
  if (!gammaGamma.ok) throw new Error(gammaGamma.reason);
  const independence = spendIndependence(spend);
  const holdout = summary.holdoutDays / daysPer[o.timeUnit];
  const warnings = [
    independence.warning,
    gammaGamma.params.q <= 1
      ? 'q ≤ 1: the population mean spend per transaction is infinite under the Gamma-Gamma model, so spend predictions are not usable'
      : null,
    repeaters.length > gammaGamma.customers
      ? `left out of the Gamma-Gamma fit: ${customersCount(repeaters.length - gammaGamma.customers)} with repeat purchases but zero spend`
      : null,
    summary.laterCustomers > 0
      ? `left out of both fits: ${customersCount(summary.laterCustomers)} whose first purchase is after the calibration end`
      : null,
  ].filter((w): w is string => w !== null);
  return {
    customers: customers.length,
    repeatCustomers: repeaters.length,
    timeUnit: o.timeUnit,
    calibrationEnd: formatDay(summary.calibrationEnd),
    holdoutDays: summary.holdoutDays,
    bgnbd: { ...bgnbd.params, logLik: bgnbd.logLik, standardErrors: bgnbd.standardErrors },
    gammaGamma: {
      ...gammaGamma.params,
      logLik: gammaGamma.logLik,
      customers: gammaGamma.customers,
      standardErrors: gammaGamma.standardErrors,
      meanSpend: conditionalExpectedSpend(gammaGamma.params, 0, 0),
      independence: { correlation: independence.correlation, warning: independence.warning },
    },
    expectedHoldoutTransactions: totalExpectedPurchases(bgnbd.params, holdout, columns),
    actualHoldoutTransactions: customers.reduce((s, c) => s + c.holdoutX, 0),
    holdoutByFrequency: holdout > 0 ? fitQuality(bgnbd.params, customers, holdout) : [],
    warnings,
  };
};

export type FitReport = ReturnType<typeof fitPurchaseModels>;

const n = (value: number, digits = 3) => value.toFixed(digits);
const withSe = (value: number, se: number) => `${n(value)} (± ${n(se)})`;

/** The report as a person reads it. */
export const describeFit = (r: FitReport): string =>
  [
    `${r.customers} customers, ${r.repeatCustomers} with repeat purchases; calibration to ${r.calibrationEnd}, time in ${r.timeUnit}s.`,
    '',
    'BG/NBD (purchase frequency and dropout), standard errors in brackets:',
    `  r = ${withSe(r.bgnbd.r, r.bgnbd.standardErrors.r)}   alpha = ${withSe(r.bgnbd.alpha, r.bgnbd.standardErrors.alpha)}`,
    `  a = ${withSe(r.bgnbd.a, r.bgnbd.standardErrors.a)}   b = ${withSe(r.bgnbd.b, r.bgnbd.standardErrors.b)}`,
    `  log-likelihood ${n(r.bgnbd.logLik, 2)}`,
    '',
    `Gamma-Gamma (spend per transaction), on ${r.gammaGamma.customers} repeat customers:`,
    `  p = ${withSe(r.gammaGamma.p, r.gammaGamma.standardErrors.p)}   q = ${withSe(r.gammaGamma.q, r.gammaGamma.standardErrors.q)}   gamma = ${withSe(r.gammaGamma.gamma, r.gammaGamma.standardErrors.gamma)}`,
    `  mean spend per transaction ${n(r.gammaGamma.meanSpend, 2)}; correlation of frequency and spend ${n(r.gammaGamma.independence.correlation, 2)}`,
    '',
    r.holdoutDays > 0
      ? `Holdout (${r.holdoutDays} days after the calibration end): expected ${n(r.expectedHoldoutTransactions, 1)} transactions, actual ${r.actualHoldoutTransactions}.`
      : 'No holdout period: there are no purchases after the calibration end.',
    ...(r.holdoutByFrequency.length > 0
      ? [
          '  repeat purchases in calibration → mean holdout purchases, actual vs predicted:',
          ...r.holdoutByFrequency.map(
            (row) =>
              `  ${row.label.padStart(3)}: ${String(row.customers).padStart(7)} customers  ${n(row.actual, 2).padStart(6)}  ${n(row.predicted, 2).padStart(6)}`,
          ),
        ]
      : []),
    ...r.warnings.map((w) => `Warning: ${w}.`),
  ].join('\n');
