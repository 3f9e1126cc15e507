import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse';
import { acceptedDateFormats, parseDay } from '../../shared/analytics/day-number';
import { addPurchase, type PurchaseHistory } from '../../shared/analytics/transactions';

export type PurchaseFileOptions = {
  file: string;
  customerCol: string;
  dateCol: string;
  /** Leave out to count purchases without their value (cohorts). */
  amountCol?: string;
  delimiter: string;
};

export type PurchaseFile = {
  history: PurchaseHistory;
  /** Data rows read (the header not counted). */
  rows: number;
  /** Rows left out because their customer cell was empty. */
  withoutCustomer: number;
};

const columnIndex = (header: string[], wanted: string, option: string) => {
  const at = header.indexOf(wanted);
  if (at < 0)
    throw new Error(
      `${option}: the file has no column "${wanted}"; its columns are: ${header.map((h) => `"${h}"`).join(', ')}`,
    );
  return at;
};

/** Amounts as files write them: 12, 12.5, -3, 1e3; not empty, not "12,50", not "$12". */
const amountOf = (text: string): number | null => {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

/**
 * Streams a CSV of purchases into a per-customer purchase history. The first line is the
 * header. Rows with an empty customer cell are skipped and counted; anything else that cannot
 * be read stops the read with an error naming the line (as a spreadsheet numbers it) and column.
 */
export const readPurchaseFile = async (o: PurchaseFileOptions): Promise<PurchaseFile> => {
  const path = resolve(o.file);
  if (!existsSync(path)) throw new Error(`No such file: ${o.file}`);
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter: o.delimiter, info: true, trim: true, skip_empty_lines: true }),
  );
  const history: PurchaseHistory = new Map();
  let columns: { customer: number; date: number; amount: number | null } | null = null;
  let rows = 0;
  let withoutCustomer = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!columns) {
        columns = {
          customer: columnIndex(record, o.customerCol, '--customer-col'),
          date: columnIndex(record, o.dateCol, '--date-col'),
          amount: o.amountCol === undefined ? null : columnIndex(record, o.amountCol, '--amount-col'),
        };
        continue;
      }
      rows++;
      const line = info.lines;
      const customer = record[columns.customer] ?? '';
      if (customer === '') {
        withoutCustomer++;
        continue;
      }
      const dateText = record[columns.date] ?? '';
      const day = parseDay(dateText);
      if (day === null)
        throw new Error(
          `line ${line}, column "${o.dateCol}": cannot read the date "${dateText}" (use ${acceptedDateFormats})`,
        );
      let amount = 0;
      if (columns.amount !== null) {
        const amountText = record[columns.amount] ?? '';
        const value = amountOf(amountText);
        if (value === null)
          throw new Error(`line ${line}, column "${o.amountCol}": "${amountText}" is not a number`);
        if (value < 0)
          throw new Error(
            `line ${line}: the amount ${amountText} in column "${o.amountCol}" is negative; remove or net off returns and refunds first`,
          );
        amount = value;
      }
      addPurchase(history, customer, day, amount);
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_'))
      throw new Error(`${o.file} cannot be read as CSV: ${(error as Error).message}`);
    throw error;
  } finally {
    parser.destroy();
  }
  if (!columns) throw new Error(`${o.file} is empty: it needs a header line and purchases`);
  return { history, rows, withoutCustomer };
};
