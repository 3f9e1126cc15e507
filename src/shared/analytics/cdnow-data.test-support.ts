/**
 * Test-only reader for the public CDNOW data in ../shared/data/cdnow (Fader, Hardie & Lee
 * 2005). A missing file fails the test that needs it, with the path it looked for.
 */
// eslint-disable-next-line no-restricted-imports -- test support: the unit tests read the public data sets
import { existsSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- test support, as above
import { resolve } from 'node:path';
import type { TransactionRow } from './transactions';

export const readCdnow = (name: string): string => {
  const file = resolve(process.cwd(), '../shared/data/cdnow', name);
  if (!existsSync(file))
    throw new Error(
      `Missing data set ${file}: these tests reproduce published CDNOW results and need ../shared/data/cdnow (see its README.md).`,
    );
  return readFileSync(file, 'utf8');
};

const csvRows = (name: string) =>
  readCdnow(name)
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number));

/** cdnow_customers_summary.csv: ID, frequency (x), recency (t_x), T in weeks. */
export const cdnowSummary = () =>
  csvRows('cdnow_customers_summary.csv').map(([id, x, tx, T]) => ({
    id: id!,
    x: x!,
    tx: tx!,
    T: T!,
  }));

/** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar. */
export const cdnowSummaryWithSpend = () =>
  csvRows('cdnow_customers_summary_with_transactions.csv').map(([id, x, tx, T, zbar]) => ({
    id: id!,
    x: x!,
    tx: tx!,
    T: T!,
    zbar: zbar!,
  }));

/** CDNOW_sample.txt as purchases keyed by the sample id (1–2357), the ID of the summary files. */
export const cdnowSampleRows = (): TransactionRow[] =>
  readCdnow('CDNOW_sample.txt')
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const [, sampleId, date, , dollars] = line.trim().split(/\s+/);
      return { customerId: String(Number(sampleId)), date: date!, amount: Number(dollars) };
    });

/** The published results these tests reproduce. */
export const published = {
  bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLik: -9582.4 },
  expectedY39: 1.226,
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};
