import { once } from 'node:events';
import { PassThrough, Readable, type Stream } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Cell } from './export-cells';

/**
 * The file's rows a page at a time, header first, already escaped. Pages are produced only as
 * the writer asks for them, so a slow client holds the database back instead of filling memory.
 */
export type CellPages = AsyncIterable<Cell[][]>;

const BOM = '\ufeff';

async function* csvChunks(pages: CellPages): AsyncGenerator<string> {
  yield BOM;
  for await (const rows of pages) yield stringify(rows, { record_delimiter: 'windows' });
}

/**
 * CSV with a UTF-8 byte-order mark (without it Excel reads Chinese as GBK and shows garbage) and
 * CRLF line ends. One chunk per page, and at most one page waiting to be sent.
 */
export const csvStream = (pages: CellPages): Readable =>
  Readable.from(csvChunks(pages), { objectMode: false, highWaterMark: 1 });

type BufferedWritable = Stream & { _writableState?: { needDrain: boolean } };

const drained = async (stream: Stream, out: PassThrough) => {
  const stop = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }),
    ]);
  } finally {
    stop.abort();
  }
};

/**
 * exceljs's streaming writer hands every committed row on to the zip at once, ignoring
 * backpressure, so with a slow client whole pages would pile up in memory. The sheet's XML
 * passes through a stream it pipes into the zip; wait until that stream, and our own output,
 * have drained before writing the next page.
 */
const caughtUp = async (sheet: ExcelJS.Worksheet, out: PassThrough) => {
  const into = (sheet as unknown as { stream?: { pipes?: BufferedWritable[] } }).stream?.pipes?.[0];
  if (into?._writableState?.needDrain) await drained(into, out);
  if (out.writableNeedDrain && !out.destroyed) await drained(out, out);
};

/** An .xlsx written row by row with exceljs's streaming writer; memory stays flat however long. */
export const xlsxStream = (pages: CellPages, sheetName: string): Readable => {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const write = async () => {
    let header = true;
    for await (const rows of pages) {
      if (out.destroyed) break;
      for (const cells of rows) {
        const row = sheet.addRow(cells);
        if (header) row.font = { bold: true };
        header = false;
        row.commit();
      }
      await caughtUp(sheet, out);
    }
    if (out.destroyed) return;
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
};
