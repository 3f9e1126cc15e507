import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { Invoice } from '../../src/shared/recommend/evaluate';

/** The UCI Online Retail file, read from the shared data folder beside the project. */
export const onlineRetailFile = () =>
  path.resolve(process.cwd(), '../shared/data/online-retail/online_retail.csv.gz');

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** Products have a five-digit stock code; POST, M, C2, DOT, BANK CHARGES, PADS are postage and fees. */
const PRODUCT_CODE = /^\d{5}/;

export type OnlineRetailStats = {
  lines: number;
  withoutCustomer: number;
  cancellations: number;
  nonPositive: number;
  notProducts: number;
  kept: number;
};

/** "2010-12-01 08:26:00" → milliseconds; the file's times are all in this one form. */
const parseTime = (text: string, line: number) => {
  const ms = Date.parse(`${text.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new Error(`online_retail.csv.gz line ${line}: bad InvoiceDate ${text}`);
  return ms;
};

/**
 * Streams the file into invoices: drops lines without CustomerID, cancellations (InvoiceNo
 * starting with C), non-positive quantity or price and non-product codes; product = StockCode
 * upper-cased; an invoice's time is its earliest line's.
 */
export const readOnlineRetail = async (
  file = onlineRetailFile(),
): Promise<{ invoices: Invoice[]; stats: OnlineRetailStats }> => {
  if (!existsSync(file)) {
    throw new Error(`Online Retail data set not found at ${file}; see ../shared/data/README.md`);
  }
  const stats: OnlineRetailStats = {
    lines: 0,
    withoutCustomer: 0,
    cancellations: 0,
    nonPositive: 0,
    notProducts: 0,
    kept: 0,
  };
  const byId = new Map<string, { customerId: string; at: number; products: Set<string> }>();
  const parser = createReadStream(file)
    .pipe(createGunzip())
    .pipe(parse({ relax_column_count: false }));
  let header = true;
  for await (const row of parser as AsyncIterable<string[]>) {
    if (header) {
      if (row.join(',') !== HEADER) throw new Error(`Unexpected Online Retail header: ${row.join(',')}`);
      header = false;
      continue;
    }
    stats.lines++;
    const [invoiceNo = '', stockCode = '', , quantity, invoiceDate = '', unitPrice, customerId = ''] = row;
    if (customerId === '') stats.withoutCustomer++;
    else if (invoiceNo.startsWith('C')) stats.cancellations++;
    else if (!(Number(quantity) > 0) || !(Number(unitPrice) > 0)) stats.nonPositive++;
    else if (!PRODUCT_CODE.test(stockCode)) stats.notProducts++;
    else {
      stats.kept++;
      const at = parseTime(invoiceDate, stats.lines + 1);
      const invoice = byId.get(invoiceNo);
      if (!invoice) byId.set(invoiceNo, { customerId, at, products: new Set([stockCode.toUpperCase()]) });
      else {
        if (invoice.customerId !== customerId) throw new Error(`Invoice ${invoiceNo} has two customers`);
        invoice.at = Math.min(invoice.at, at);
        invoice.products.add(stockCode.toUpperCase());
      }
    }
  }
  const invoices = [...byId].map(([invoiceId, { customerId, at, products }]) => ({
    invoiceId,
    customerId,
    at,
    productIds: [...products],
  }));
  return { invoices, stats };
};
